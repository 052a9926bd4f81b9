package pe.colca.api.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.JsonFields;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.customer.CustomerDuplicateService;
import pe.colca.customer.DuplicateCandidate;
import pe.colca.customer.DuplicateDismissal;

/**
 * {@code /api/v1/customers/duplicates}: pairs of customers that may be one person (score and reasons, paged)
 * and the pairs declared "not a duplicate" ({@code /dismissals}), which are never offered again.
 */
@Path("/customers/duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer merge")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CustomerDuplicateResource {

    @EJB
    private CustomerDuplicateService duplicates;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listCustomerDuplicates", summary = "Possible duplicate customers",
            description = "Pairs of live customers, lower id first, best score first, never a dismissed pair. Reasons: "
                    + "DOCUMENT (a DNI and the RUC of prefix 10 that embeds it), EMAIL (case-insensitive), PHONE, NAME "
                    + "(trigram similarity at least the setting customer.duplicates.similarity). Score 0..1: "
                    + "1 − Π(1 − weight), weights DOCUMENT 1, EMAIL 0.95, PHONE 0.85, NAME its similarity. q keeps the "
                    + "pairs where either side's document, name or email matches. Needs customer.merge.")
    @APIResponse(responseCode = "200", description = "A page of pairs; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = CandidatePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("customer.merge")
    public Response list(@QueryParam("q") @Parameter(description = "Document, name or email of either side.") String q,
                         @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("score"), "score", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(duplicates.candidates(QueryValues.text(q), page), uri);
    }

    @GET
    @Path("/dismissals")
    @Operation(operationId = "listCustomerDuplicateDismissals", summary = "Pairs declared not a duplicate",
            description = "Newest first, with who, when and why. Needs customer.merge.")
    @APIResponse(responseCode = "200", description = "A page of dismissals; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = DismissalPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("customer.merge")
    public Response dismissals(@BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("dismissedAt"), "dismissedAt", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(duplicates.dismissals(page), uri);
    }

    @POST
    @Path("/dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dismissCustomerDuplicate", summary = "Declare a pair not a duplicate",
            description = "The pair (in any order) is never offered again. Idempotent: a second dismissal answers the "
                    + "first. Needs customer.merge.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DismissalBody.class)))
    @APIResponse(responseCode = "201", description = "Dismissed; Location of the dismissal.",
            content = @Content(schema = @Schema(implementation = DuplicateDismissal.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", description = "Both ids are the same customer (customer-merge-refused).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed("customer.merge")
    public Response dismiss(JsonObject body) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(request.getLocale(), "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, request.getLocale());
        Long a = id(body, "customerId", fields);
        Long b = id(body, "otherCustomerId", fields);
        String reason = fields.string("reason");
        fields.refuseUnknown(Set.of("customerId", "otherCustomerId", "reason"), Set.of());
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        DuplicateDismissal d = duplicates.dismiss(a, b, reason);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.customerId()))
                .path(String.valueOf(d.otherCustomerId())).build()).entity(d).build();
    }

    @DELETE
    @Path("/dismissals/{customerId}/{otherCustomerId}")
    @Operation(operationId = "undismissCustomerDuplicate", summary = "Offer a dismissed pair again",
            description = "Removes the dismissal (ids in any order); idempotent (204 also when there was none). "
                    + "Needs customer.merge.")
    @APIResponse(responseCode = "204", description = "Removed (or there was none).")
    @RolesAllowed("customer.merge")
    public Response undismiss(@PathParam("customerId") long customerId,
                              @PathParam("otherCustomerId") long otherCustomerId) {
        duplicates.undismiss(customerId, otherCustomerId);
        return Response.noContent().build();
    }

    private Long id(JsonObject body, String name, JsonFields fields) {
        JsonValue value = body.get(name);
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return n.longValue();
        }
        fields.error(name, Messages.format(request.getLocale(), "customer.api.number"));
        return null;
    }

    /** The body of a dismissal, for the OpenAPI document. */
    @Schema(name = "CustomerDuplicateDismissal")
    public record DismissalBody(@Schema(required = true) long customerId, @Schema(required = true) long otherCustomerId,
                                @Schema(maxLength = 1000) String reason) {
    }

    /** The schema of a page of pairs, for the OpenAPI document only. */
    @Schema(name = "CustomerDuplicatePage")
    public record CandidatePage(List<DuplicateCandidate> items, long total, int offset, int limit) {
    }

    /** The schema of a page of dismissals, for the OpenAPI document only. */
    @Schema(name = "CustomerDuplicateDismissalPage")
    public record DismissalPage(List<DuplicateDismissal> items, long total, int offset, int limit) {
    }
}
