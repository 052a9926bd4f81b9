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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ApiTexts;
import pe.colca.api.ColcaApi;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.invoicing.SeriesReports;

/** {@code /api/v1/invoicing/burnt-numbers}: the numbers SUNAT rejected, with the rejection and the replacement. */
@Path("/invoicing/burnt-numbers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing series report")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class BurntNumberResource {

    @EJB
    private SeriesReports reports;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listBurntNumbers", summary = "List burnt numbers",
            description = "Needs sunat.document.view. Newest first; filters companyId, series, from and to (date of"
                    + " issue, YYYY-MM-DD).")
    @APIResponse(responseCode = "200", description = "A page of burnt numbers.",
            content = @Content(schema = @Schema(implementation = DeadlineViews.BurntNumberPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("sunat.document.view")
    public Response list(@QueryParam("companyId") String companyId, @QueryParam("series") String series,
                         @QueryParam("from") String from, @QueryParam("to") String to, @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReportParams params = new ReportParams(errors, request.getLocale());
        Long company = params.id("companyId", companyId);
        String s = params.series(series);
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            errors.put("to", ApiTexts.text(request.getLocale(), "field.min", first));
        }
        PageRequest page = Paging.request(paging, Set.of("issueDate"), "issueDate", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(reports.burnt(new SeriesReports.BurntFilter(company, s, first, last), page)
                .map(DeadlineViews.BurntNumberView::of), uri);
    }
}
