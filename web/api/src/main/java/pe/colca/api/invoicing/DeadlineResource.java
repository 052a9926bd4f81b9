package pe.colca.api.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.invoicing.Deadlines;

/**
 * {@code /api/v1/invoicing/deadlines}: documents and voidings that have not reached SUNAT, with their legal
 * deadline (facturas and their notes 3 days, boletas and theirs 7, voidings 7 after the issue date).
 */
@Path("/invoicing/deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing deadlines")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class DeadlineResource {

    @EJB
    private Deadlines deadlines;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listDeadlines", summary = "List SUNAT deadlines",
            description = "Needs sunat.document.view. The nearest deadline first. show: AT_RISK (default: due within"
                    + " invoicing.deadline.alert_hours or overdue), OVERDUE, DUE_SOON, ALL; kind: SEND or VOID;"
                    + " companyId, type (01, 03, 07, 08 or the name), series.")
    @APIResponse(responseCode = "200", description = "A page of deadlines.",
            content = @Content(schema = @Schema(implementation = DeadlineViews.DeadlinePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("sunat.document.view")
    public Response list(@QueryParam("show") String show, @QueryParam("kind") String kind,
                         @QueryParam("companyId") String companyId, @QueryParam("type") String type,
                         @QueryParam("series") String series, @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReportParams params = new ReportParams(errors, request.getLocale());
        Deadlines.Filter filter = new Deadlines.Filter(params.enumeration("show", show, Deadlines.Show.class),
                params.enumeration("kind", kind, Deadlines.Kind.class), params.id("companyId", companyId),
                params.type(type), params.series(series));
        PageRequest page = Paging.request(paging, Set.of("deadline"), "deadline", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(deadlines.search(filter, page).map(DeadlineViews.DeadlineView::of), uri);
    }
}
