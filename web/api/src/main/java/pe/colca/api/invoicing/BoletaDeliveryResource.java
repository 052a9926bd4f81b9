package pe.colca.api.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.invoicing.BoletaDelivery;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.SummaryDelivery;

/** {@code PUT /api/v1/invoicing/companies/{id}/boleta-delivery}: boletas one by one (BILL) or by daily summary. */
@Path("/invoicing/companies/{id}/boleta-delivery")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing companies")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class BoletaDeliveryResource {

    @EJB
    private SummaryDelivery delivery;

    @Inject
    private RequestMetadata request;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCompanyBoletaDelivery", summary = "Send boletas one by one or by daily summary",
            description = "Needs sunat.company.edit and If-Match. BILL: sendBill one by one; SUMMARY: the resumen "
                    + "diario (RC) built every night. Documents already sent are not affected.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SummaryViews.BoletaDeliveryInput.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("sunat.company.edit")
    public Response change(@PathParam("id") int id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject body) {
        return ETags.update(ifMatch, request.getLocale(),
                version -> delivery.change(id, version, mode(body)),
                CompanyView::of, Company::getVersion);
    }

    private BoletaDelivery mode(JsonObject body) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(request.getLocale(), "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, request.getLocale());
        BoletaDelivery mode = fields.enumeration("boletaDelivery", BoletaDelivery.class);
        fields.refuseUnknown(Set.of("boletaDelivery"), Set.of());
        if (mode == null && !fields.errors().containsKey("boletaDelivery")) {
            fields.error("boletaDelivery", Messages.format(request.getLocale(), "invoicing.company.boletaDelivery.required"));
        }
        if (!fields.errors().isEmpty()) {
            throw new InvalidInput(fields.errors());
        }
        return mode;
    }
}
