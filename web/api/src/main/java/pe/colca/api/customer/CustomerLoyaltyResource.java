package pe.colca.api.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.ETags;
import pe.colca.api.PageParams;
import pe.colca.common.RequestMetadata;
import pe.colca.customer.LoyaltyBalance;
import pe.colca.customer.LoyaltyMovementView;
import pe.colca.customer.LoyaltyPosted;
import pe.colca.customer.LoyaltyService;

/**
 * {@code /api/v1/customers/{id}/loyalty}: a customer's points (balance with ETag, the movements paged) and
 * manual adjustments. Earning, redemption and reversal are called by sales, not by integrators.
 */
@Path("/customers/{id}/loyalty")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer loyalty")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CustomerLoyaltyResource {

    @EJB
    private LoyaltyService loyalty;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "getCustomerLoyalty", summary = "A customer's points",
            description = "Balance (= the sum of the movements, never negative), lifetime points and what the balance "
                    + "is worth when redeemed (S/). A customer without movements answers zeros and version 0. Needs "
                    + "customer.view; sends ETag.")
    @APIResponse(responseCode = "200", description = "The balance.",
            content = @Content(schema = @Schema(implementation = LoyaltyBalance.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.view")
    public Response balance(@PathParam("id") long customerId,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        LoyaltyBalance balance = loyalty.balance(customerId);
        return LedgerResponses.balance(balance, balance.version(), ifNoneMatch);
    }

    @GET
    @Path("/movements")
    @Operation(operationId = "listCustomerLoyaltyMovements", summary = "A customer's point movements",
            description = "Newest first: EARN, REDEEM, EXPIRE, ADJUST, REVERSAL with signed points. Needs customer.view.")
    @APIResponse(responseCode = "200", description = "A page of movements; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = MovementPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.view")
    public Response movements(@PathParam("id") long customerId, @BeanParam PageParams paging) {
        return LedgerResponses.lines(paging, request.getLocale(), page -> loyalty.movements(customerId, page), uri);
    }

    @POST
    @Path("/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustCustomerLoyalty", summary = "Adjust a customer's points",
            description = "A manual correction with a reason: positive points add, negative take (never below zero: "
                    + "409 insufficient-points). Needs loyalty.adjust. If-Match (optional) makes it apply only to the "
                    + "version read (409 stale-version otherwise).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PointsAdjustmentInput.class)))
    @APIResponse(responseCode = "201", description = "Written; ETag with the account's new version.",
            content = @Content(schema = @Schema(implementation = LoyaltyPosted.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("loyalty.adjust")
    public Response adjust(@PathParam("id") long customerId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag of the balance read "
                                   + "(optional).") String ifMatch,
                           JsonObject body) {
        Long version = LedgerInput.optionalVersion(ifMatch, request.getLocale());
        LedgerInput.PointsAdjustment input = LedgerInput.pointsAdjustment(body, request.getLocale());
        LoyaltyPosted posted = loyalty.adjust(customerId, input.points(), input.reason(), version);
        return Response.created(uri.getBaseUriBuilder().path("customers").path(String.valueOf(customerId))
                        .path("loyalty").path("movements").build())
                .tag(ETags.of(posted.version())).entity(posted).build();
    }

    /** The body of a points adjustment, for the OpenAPI document. */
    @Schema(name = "LoyaltyAdjustment")
    public record PointsAdjustmentInput(@Schema(required = true, description = "Signed, not 0.") int points,
                                        @Schema(required = true, maxLength = 500) String reason) {
    }

    /** The schema of a page of movements, for the OpenAPI document only. */
    @Schema(name = "LoyaltyMovementPage", description = "One page of movements; the Link header has next/prev/first/last.")
    public record MovementPage(List<LoyaltyMovementView> items, long total, int offset, int limit) {
    }
}
