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
import java.math.BigDecimal;
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
import pe.colca.customer.WalletBalance;
import pe.colca.customer.WalletPosted;
import pe.colca.customer.WalletService;
import pe.colca.customer.WalletTransactionView;

/**
 * {@code /api/v1/customers/{id}/wallet}: a customer's store credit (balance with ETag, the transactions
 * paged), top-ups with the payment reference (idempotent by it) and manual adjustments.
 */
@Path("/customers/{id}/wallet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer wallet")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CustomerWalletResource {

    @EJB
    private WalletService wallets;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "getCustomerWallet", summary = "A customer's wallet balance",
            description = "Balance in PEN (= the sum of the transactions, never negative). A customer without "
                    + "transactions answers 0.00 and version 0. Needs customer.view; sends ETag.")
    @APIResponse(responseCode = "200", description = "The balance.",
            content = @Content(schema = @Schema(implementation = WalletBalance.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.view")
    public Response balance(@PathParam("id") long customerId,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        WalletBalance balance = wallets.balance(customerId);
        return LedgerResponses.balance(balance, balance.version(), ifNoneMatch);
    }

    @GET
    @Path("/transactions")
    @Operation(operationId = "listCustomerWalletTransactions", summary = "A customer's wallet transactions",
            description = "Newest first: CREDIT (top-up), DEBIT (payment), REFUND, ADJUSTMENT with signed amounts. "
                    + "Needs customer.view.")
    @APIResponse(responseCode = "200", description = "A page of transactions; Link header with next/prev/first/last.",
            content = @Content(schema = @Schema(implementation = TransactionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("customer.view")
    public Response transactions(@PathParam("id") long customerId, @BeanParam PageParams paging) {
        return LedgerResponses.lines(paging, request.getLocale(), page -> wallets.transactions(customerId, page), uri);
    }

    @POST
    @Path("/top-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "topUpCustomerWallet", summary = "Top up a customer's wallet",
            description = "Money paid in (a positive amount, 2 decimals at most) with the reference of the payment "
                    + "that brought it. Idempotent by the reference: a retry with the same reference and amount "
                    + "answers 200 with the first transaction and writes nothing; the same reference with another "
                    + "amount is 409 reference-reused. Needs payment.create.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TopUpInput.class)))
    @APIResponse(responseCode = "201", description = "Credited; ETag with the wallet's new version.",
            content = @Content(schema = @Schema(implementation = WalletPosted.class)))
    @APIResponse(responseCode = "200", description = "A retry: the first top-up with this reference.",
            content = @Content(schema = @Schema(implementation = WalletPosted.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("payment.create")
    public Response topUp(@PathParam("id") long customerId, JsonObject body) {
        LedgerInput.MoneyChange input = LedgerInput.moneyChange(body, "reference", request.getLocale());
        return posted(customerId, wallets.topUp(customerId, input.amount(), input.text()));
    }

    @POST
    @Path("/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustCustomerWallet", summary = "Adjust a customer's wallet",
            description = "A manual correction with a reason: a positive amount adds, a negative one takes (never "
                    + "below zero: 409 insufficient-balance). Needs wallet.adjust. If-Match (optional) makes it "
                    + "apply only to the version read (409 stale-version otherwise).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AdjustmentInput.class)))
    @APIResponse(responseCode = "201", description = "Written; ETag with the wallet's new version.",
            content = @Content(schema = @Schema(implementation = WalletPosted.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed("wallet.adjust")
    public Response adjust(@PathParam("id") long customerId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag of the balance read "
                                   + "(optional).") String ifMatch,
                           JsonObject body) {
        Long version = LedgerInput.optionalVersion(ifMatch, request.getLocale());
        LedgerInput.MoneyChange input = LedgerInput.moneyChange(body, "reason", request.getLocale());
        return posted(customerId, wallets.adjust(customerId, input.amount(), input.text(), version));
    }

    private Response posted(long customerId, WalletPosted posted) {
        Response.ResponseBuilder answer = posted.replayed() ? Response.ok() : Response.created(uri.getBaseUriBuilder()
                .path("customers").path(String.valueOf(customerId)).path("wallet").path("transactions").build());
        return answer.tag(ETags.of(posted.version())).entity(posted).build();
    }

    /** The body of a top-up, for the OpenAPI document. */
    @Schema(name = "WalletTopUp")
    public record TopUpInput(@Schema(required = true, description = "PEN, positive, 2 decimals at most.")
                             BigDecimal amount,
                             @Schema(required = true, maxLength = 100, description = "Payment reference.")
                             String reference) {
    }

    /** The body of a wallet adjustment, for the OpenAPI document. */
    @Schema(name = "WalletAdjustment")
    public record AdjustmentInput(@Schema(required = true, description = "PEN, signed, not 0.") BigDecimal amount,
                                  @Schema(required = true, maxLength = 500) String reason) {
    }

    /** The schema of a page of transactions, for the OpenAPI document only. */
    @Schema(name = "WalletTransactionPage", description = "One page of transactions; the Link header has next/prev/first/last.")
    public record TransactionPage(List<WalletTransactionView> items, long total, int offset, int limit) {
    }
}
