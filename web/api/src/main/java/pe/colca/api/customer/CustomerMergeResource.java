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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.customer.CustomerMergeService;
import pe.colca.customer.MergePreview;
import pe.colca.customer.MergeResult;
import pe.colca.customer.MergeStrategy;

/**
 * {@code /api/v1/customers/{id}/merge}: merge another customer into this one (the survivor) and its preview
 * ({@link CustomerMergeHistoryResource}: the history). A merged customer's old id answers with a pointer to the
 * survivor ({@link MergedCustomerFilter}).
 */
@Path("/customers/{id}/merge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer merge", description = "Merging duplicate customers and the merge history.")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CustomerMergeResource {

    private static final String STRATEGY = "Per field, whose value survives: SURVIVOR (this customer, the default) or "
            + "ABSORBED. Fields: document (type and number), fullName, email, phone, birthDate, gender, segment, "
            + "marketingConsent (answer, channel, date and who recorded it).";

    @EJB
    private CustomerMergeService merges;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeCustomer", summary = "Merge a duplicate customer into this one",
            description = "In one transaction: this customer (the survivor) takes the values the strategy chooses, "
                    + "the absorbed customer's addresses, loyalty points and wallet balance (MERGE_OUT / MERGE_IN lines "
                    + "in both ledgers, sums preserved exactly), his orders, notifications and every other row pointing "
                    + "at him; the absorbed customer is soft-deleted with the merge as the reason and his old id answers "
                    + "301/410 with a pointer here. customer_merge_log keeps his snapshot, the strategy, who, when and "
                    + "why. Needs customer.merge, If-Match with this customer's ETag (missing: 428; stale: 409) and "
                    + "absorbedVersion, the version of the absorbed customer that was read (stale: 409). " + STRATEGY)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MergeBody.class)))
    @APIResponse(responseCode = "200", description = "Merged; ETag with the survivor's new version.",
            content = @Content(schema = @Schema(implementation = MergeResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "A customer cannot be merged into himself (customer-merge-refused).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("customer.merge")
    public Response merge(@PathParam("id") long id,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true,
                                  description = "ETag of the survivor's version read, e.g. \"3\".") String ifMatch,
                          JsonObject body) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        MergeResult result = merges.merge(MergeInput.read(id, version, body, request.getLocale()));
        return ETags.ok(result, result.survivorVersion());
    }

    @GET
    @Path("/preview")
    @Operation(operationId = "previewCustomerMerge", summary = "What merging a customer into this one would give",
            description = "Both customers side by side, the values after the merge under the strategy, and the "
                    + "resulting points, wallet balance and number of addresses. Changes nothing. Needs customer.merge. "
                    + "The strategy is given as query parameters field=SIDE, e.g. ?absorbedId=12&fullName=ABSORBED. "
                    + STRATEGY)
    @APIResponse(responseCode = "200", description = "The preview.",
            content = @Content(schema = @Schema(implementation = MergePreview.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.merge")
    public MergePreview preview(@PathParam("id") long id,
                                @QueryParam("absorbedId") @Parameter(required = true, schema = @Schema(
                                        type = SchemaType.INTEGER)) String absorbedId) {
        long absorbed;
        try {
            absorbed = Long.parseLong(absorbedId == null ? "" : absorbedId.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("absorbedId", Messages.format(request.getLocale(), "customer.merge.absorbedId"));
        }
        Map<String, String> strategy = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> {
            if (!"absorbedId".equals(k) && !v.isEmpty()) {
                strategy.put(k, v.get(0));
            }
        });
        return merges.preview(id, absorbed, MergeStrategy.parse(strategy, request.getLocale()));
    }

    /** The body of a merge, for the OpenAPI document. */
    @Schema(name = "CustomerMerge")
    public record MergeBody(
            @Schema(required = true, description = "The customer absorbed (soft-deleted).") long absorbedId,
            @Schema(required = true, description = "The version (ETag number) of the absorbed customer that was read.")
            long absorbedVersion,
            @Schema(description = STRATEGY, example = "{\"fullName\": \"ABSORBED\", \"email\": \"SURVIVOR\"}")
            Map<String, String> strategy,
            @Schema(required = true, maxLength = 1000) String reason) {
    }
}
