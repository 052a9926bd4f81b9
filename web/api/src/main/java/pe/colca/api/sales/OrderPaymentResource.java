package pe.colca.api.sales;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.colca.api.ColcaApi;
import pe.colca.api.sales.OrderViews.PaymentList;
import pe.colca.api.sales.OrderViews.PaymentOutcome;
import pe.colca.api.sales.OrderViews.PaymentView;
import pe.colca.common.RequestMetadata;
import pe.colca.payment.PaymentResult;
import pe.colca.payment.PaymentService;

/**
 * {@code /api/v1/orders/{id}/payments}: payments exactly once. {@code Idempotency-Key} is required: a
 * replay answers 200 with the first result ({@code Idempotent-Replayed: true}) and charges nothing.
 */
@Path("/orders/{id}/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OrderPaymentResource {

    @EJB
    private PaymentService payments;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listOrderPayments", summary = "Payments of an order",
            description = "Oldest first. Needs payment.view or order.view.")
    @APIResponse(responseCode = "200", description = "The payments.",
            content = @Content(schema = @Schema(implementation = PaymentList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed({"payment.view", "order.view"})
    public PaymentList list(@PathParam("id") long orderId) {
        return new PaymentList(payments.payments(orderId).stream().map(PaymentView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "payOrder", summary = "Pay an order (exactly once)",
            description = "One payment with a new Idempotency-Key per attempt (8 to 100 visible characters). A "
                    + "replay of the key answers 200 with the first result and charges nothing; the same key with "
                    + "another order, method or amount is 422 idempotency-key-reused; after "
                    + "payment.idempotency.ttl_hours the key is 422 idempotency-key-expired. When the payments cover "
                    + "the total the order is PAID in the same transaction (stock sold, points earned). Needs "
                    + "payment.create.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrderInput.PaymentInput.class)))
    @APIResponse(responseCode = "201", description = "Charged.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PaymentOutcome.class)))
    @APIResponse(responseCode = "200", description = "A replay: the first result of this key (Idempotent-Replayed: true).",
            headers = @Header(name = "Idempotent-Replayed", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PaymentOutcome.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "insufficient-stock, insufficient-balance, insufficient-points.",
            content = @Content(mediaType = OrderResource.PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "idempotency-key-reused, idempotency-key-expired, "
            + "payment-exceeds-due, order-not-payable, document-needs-buyer, payment-needs-customer.",
            content = @Content(mediaType = OrderResource.PROBLEM, schema = @Schema(ref = "Problem")))
    @RolesAllowed("payment.create")
    public Response pay(@PathParam("id") long orderId,
                        @HeaderParam("Idempotency-Key") @Parameter(required = true,
                                description = "A new key per payment attempt; repeat it only to retry the same one.")
                        String idempotencyKey, JsonObject body) {
        PaymentResult result = payments.pay(orderId, idempotencyKey, OrderInput.payment(body, request.getLocale()));
        PaymentOutcome outcome = PaymentOutcome.of(result);
        if (result.replayed()) {
            return Response.ok(outcome).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(outcome).build();
    }
}
