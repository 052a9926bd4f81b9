package pe.colca.api.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ApiTexts;
import pe.colca.api.ColcaApi;
import pe.colca.api.JsonFields;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.api.invoicing.SummaryViews.VoidingView;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.invoicing.VoidStatus;
import pe.colca.invoicing.VoidingService;

/**
 * {@code /api/v1/invoicing/voidings}: voiding (Anular) accepted documents — a factura or its note by an
 * RA within 7 days, a boleta or its note by an RC line with condition 3 — and following them to SUNAT's
 * answer.
 */
@Path("/invoicing/voidings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing voidings")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class VoidingResource {

    @EJB
    private VoidingService voidings;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listVoidings", summary = "List voidings", description = "Newest first, paged. Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "A page of voidings.",
            content = @Content(schema = @Schema(implementation = SummaryViews.VoidingPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("sunat.document.view")
    public Response list(@QueryParam("companyId") Integer companyId, @QueryParam("status") String status,
                         @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("voidedAt"), "voidedAt", errors, request.getLocale());
        VoidStatus s = QueryValues.enumeration("status", status, VoidStatus.class, errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(voidings.search(companyId, s, page).map(VoidingView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVoiding", summary = "Get a voiding", description = "Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "The voiding, its ticket and status.",
            content = @Content(schema = @Schema(implementation = VoidingView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public VoidingView get(@PathParam("id") long id) {
        return VoidingView.of(voidings.get(id));
    }

    @GET
    @Path("/{id}/attempts")
    @Operation(operationId = "listVoidingAttempts", summary = "Attempts of a voiding",
            description = "Every summary (RA, or RC line with condition 3) that carried the voiding, oldest first, with its "
                    + "ticket and SUNAT's answer: a rejected or lost one can be requested again, by a new id. The files of "
                    + "each are at /invoicing/summaries/{summaryId}/xml and /cdr. Needs sunat.document.view.")
    @APIResponse(responseCode = "200", description = "The attempts.",
            content = @Content(schema = @Schema(implementation = VoidingAttemptView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("sunat.document.view")
    public java.util.List<VoidingAttemptView> attempts(@PathParam("id") long id) {
        return voidings.attempts(id).stream().map(VoidingAttemptView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "voidDocument", summary = "Void an accepted document",
            description = "Needs sunat.document.void. A factura or its note goes in a comunicación de baja (RA), a "
                    + "boleta or its note in a resumen diario line with condition 3; within 7 days of the issue date. "
                    + "The reason has 3 to 255 characters. Sent to SUNAT right after; follow the voiding's status.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SummaryViews.VoidingInput.class)))
    @APIResponse(responseCode = "201", description = "Requested; Location of the voiding.",
            content = @Content(schema = @Schema(implementation = VoidingView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "document-already-voided (voided, or a voiding under way; a rejected "
            + "one is requested again), document-not-accepted, void-window-closed.")
    @RolesAllowed("sunat.document.void")
    public Response create(JsonObject body) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(request.getLocale(), "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, request.getLocale());
        Map<String, String> errors = new LinkedHashMap<>();
        Long document = body.get("documentId") instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null;
        if (document == null) {
            errors.put("documentId", ApiTexts.text(request.getLocale(), "field.integer"));
        }
        String reason = fields.string("reason");
        fields.refuseUnknown(Set.of("documentId", "reason"), Set.of());
        errors.putAll(fields.errors());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        VoidingView created = VoidingView.of(voidings.voidDocument(document, reason));
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(self).entity(created).build();
    }
}
