package pe.colca.api.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.common.RequestMetadata;
import pe.colca.customer.CustomerPrivacy;
import pe.colca.customer.PersonalDataExport;

/**
 * {@code /api/v1/customers/{id}/personal-data}: a customer's personal-data requests (Ley 29733) — everything
 * Colca holds about him as JSON or PDF, and his anonymisation. Needs {@code customer.privacy}; every answer is
 * logged (who, when, kind) with an audit row.
 */
@Path("/customers/{id}/personal-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer personal data", description = "Export and anonymisation on the customer's request (Ley 29733).")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CustomerPrivacyResource {

    static final String PDF = "application/pdf";

    @EJB
    private CustomerPrivacy privacy;

    @Inject
    private RequestMetadata request;

    @GET
    @Operation(operationId = "exportCustomerPersonalData", summary = "Everything Colca holds about a customer",
            description = "Data and marketing consent, addresses, the loyalty and wallet ledgers in full, orders, "
                    + "notifications and earlier personal-data requests. Logs the request (EXPORT, JSON). Needs "
                    + "customer.privacy.")
    @APIResponse(responseCode = "200", description = "The export.",
            content = @Content(schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.privacy")
    public PersonalDataExport export(@PathParam("id") long customerId) {
        return privacy.export(customerId);
    }

    @GET
    @Path("/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportCustomerPersonalDataPdf", summary = "The same export as a PDF",
            description = "A PDF with Spanish labels, to hand to the customer. Logs the request (EXPORT, PDF). Needs "
                    + "customer.privacy.")
    @APIResponse(responseCode = "200", description = "The PDF document.",
            content = @Content(mediaType = PDF, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                    .enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.privacy")
    public Response exportPdf(@PathParam("id") long customerId) {
        byte[] pdf = privacy.exportPdf(customerId);
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "attachment; filename=\"datos-personales-" + customerId + ".pdf\"")
                .build();
    }

    @POST
    @Path("/anonymisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "anonymiseCustomer", summary = "Anonymise a customer on his request",
            description = "Irreversible: name, email, phone, birth date, gender, addresses and marketing consent are "
                    + "replaced or removed; the identity document stays only when the customer has paid orders (tax "
                    + "documents name it; documentKept says which); the customer is then deleted, so search and the "
                    + "POS lookup no longer find him. Ledgers, orders and notifications stay. Logs the request "
                    + "(ANONYMISATION, the reason) with an audit row. Needs customer.privacy. If-Match (optional) "
                    + "makes it apply only to the version read (409 stale-version otherwise).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AnonymisationInput.class)))
    @APIResponse(responseCode = "200", description = "Anonymised.",
            content = @Content(schema = @Schema(implementation = CustomerPrivacy.Anonymised.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("customer.privacy")
    public CustomerPrivacy.Anonymised anonymise(@PathParam("id") long customerId,
                                                @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag of "
                                                        + "the customer read (optional).") String ifMatch,
                                                JsonObject body) {
        Long version = LedgerInput.optionalVersion(ifMatch, request.getLocale());
        String reason = LedgerInput.reasonOnly(body, request.getLocale());
        return privacy.anonymise(customerId, version, reason);
    }

    /** The body of an anonymisation, for the OpenAPI document. */
    @Schema(name = "CustomerAnonymisation")
    public record AnonymisationInput(@Schema(required = true, maxLength = 1000, description = "Why: the request "
            + "received (letter, form number).") String reason) {
    }
}
