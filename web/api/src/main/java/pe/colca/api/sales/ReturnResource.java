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
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.sales.ReturnCreated;
import pe.colca.sales.ReturnService;

/**
 * {@code /api/v1/orders/{id}/returns}: returns and refunds of a paid order (docs/api.md). A return needs
 * an {@code Idempotency-Key}: a retry answers 200 with the first return ({@code Idempotent-Replayed: true}).
 */
@Path("/orders/{id}/returns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReturnResource {

    @EJB
    private ReturnService returns;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listOrderReturns", summary = "Returns of an order",
            description = "Oldest first, with their lines, refunds and credit note. Needs order.view.")
    @APIResponse(responseCode = "200", description = "The returns.",
            content = @Content(schema = @Schema(implementation = ReturnApiViews.ReturnList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("order.view")
    public ReturnApiViews.ReturnList list(@PathParam("id") long orderId) {
        return new ReturnApiViews.ReturnList(returns.returns(orderId).stream().map(ReturnApiViews.Return::of).toList());
    }

    @GET
    @Path("/returnable")
    @Operation(operationId = "listReturnableLines", summary = "What can still come back",
            description = "Each line of the order: sold, returned, returnable. Needs order.view.")
    @APIResponse(responseCode = "200", description = "The lines.",
            content = @Content(schema = @Schema(implementation = ReturnApiViews.ReturnableList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("order.view")
    public ReturnApiViews.ReturnableList returnable(@PathParam("id") long orderId) {
        return new ReturnApiViews.ReturnableList(returns.returnable(orderId).stream()
                .map(ReturnApiViews.Returnable::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnOrder", summary = "Return (part of) a paid order",
            description = "In one transaction: the units back into stock at the returning store, the money back "
                    + "by the order's tenders (cash from the caller's open session at that store) or into the "
                    + "customer's wallet, loyalty points reversed, a credit note (07) requested (PENDING). Within "
                    + "sales.return.window_days of the sale; never more than sold minus returned per line. A replay "
                    + "of the Idempotency-Key answers 200 with the first return. Needs order.refund.approve.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReturnInput.Body.class)))
    @APIResponse(responseCode = "201", description = "Returned and refunded.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReturnApiViews.Return.class)))
    @APIResponse(responseCode = "200", description = "A replay: the first return of this key (Idempotent-Replayed: true).",
            headers = @Header(name = "Idempotent-Replayed", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReturnApiViews.Return.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "stale-version (another change of the order won).",
            content = @Content(mediaType = OrderResource.PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "return-exceeds-sold, return-window-closed, order-not-paid, "
            + "order-not-returnable, no-open-cash-session, refund-needs-customer, order-without-document, "
            + "series-not-configured, idempotency-key-reused.",
            content = @Content(mediaType = OrderResource.PROBLEM, schema = @Schema(ref = "Problem")))
    @RolesAllowed("order.refund.approve")
    public Response create(@PathParam("id") long orderId,
                           @HeaderParam("Idempotency-Key") @Parameter(required = true,
                                   description = "A new key per return; repeat it only to retry the same one.")
                           String idempotencyKey, JsonObject body) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw InvalidInput.of("Idempotency-Key", Messages.format(request.getLocale(), "sales.return.keyRequired"));
        }
        ReturnCreated created = returns.create(orderId, idempotencyKey, ReturnInput.of(body, request.getLocale()));
        ReturnApiViews.Return view = ReturnApiViews.Return.of(created.orderReturn());
        if (created.replayed()) {
            return Response.ok(view).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(view).build();
    }
}
