package pe.colca.api.sales;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
import pe.colca.api.ETags;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.QueryValues;
import pe.colca.api.sales.OrderViews.ActionList;
import pe.colca.api.sales.OrderViews.ActionView;
import pe.colca.api.sales.OrderViews.ApprovalList;
import pe.colca.api.sales.OrderViews.ApprovalView;
import pe.colca.api.sales.OrderViews.HistoryList;
import pe.colca.api.sales.OrderViews.HistoryView;
import pe.colca.api.sales.OrderViews.OrderPage;
import pe.colca.api.sales.OrderViews.OrderSummaryView;
import pe.colca.api.sales.OrderViews.OrderView;
import pe.colca.api.sales.OrderViews.TransitionOutcome;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.sales.Order;
import pe.colca.sales.OrderCreated;
import pe.colca.sales.OrderFilter;
import pe.colca.sales.OrderPaymentStatus;
import pe.colca.sales.OrderService;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.OrderStatusService;
import pe.colca.sales.SalesChannel;
import pe.colca.sales.TransitionResult;

/**
 * {@code /api/v1/orders}: orders of the web channel and of integrators, the same services as the console.
 * One service call per method; ETag = version; creation is idempotent by the client's key
 * ({@code Idempotency-Key} or {@code externalId}, e.g. an offline till's UUID). Payments:
 * {@link OrderPaymentResource}.
 */
@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Orders, their lines, the status machine and its approvals (sales).")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OrderResource {

    static final Set<String> SORTABLE = Set.of("createdAt", "orderNumber", "grandTotal", "status");
    static final String PROBLEM = "application/problem+json";

    @EJB
    private OrderService orders;

    @EJB
    private OrderStatusService statuses;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listOrders", summary = "List orders",
            description = "Orders of the caller's stores, newest first. Needs order.view.")
    @APIResponse(responseCode = "200", description = "A page of orders; Link header with next/prev/first/last.",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrderPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("order.view")
    public Response list(@QueryParam("locationId") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String locationId,
                         @QueryParam("channel") @Parameter(schema = @Schema(type = SchemaType.STRING,
                                 enumeration = {"POS", "WEB", "PHONE", "API"})) String channel,
                         @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING)) String status,
                         @QueryParam("paymentStatus") @Parameter(schema = @Schema(type = SchemaType.STRING)) String paymentStatus,
                         @QueryParam("from") @Parameter(description = "First business day (YYYY-MM-DD, Lima).",
                                 schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
                         @QueryParam("to") @Parameter(description = "Last business day (YYYY-MM-DD, Lima).",
                                 schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
                         @QueryParam("q") @Parameter(description = "Part of the order number.") String q,
                         @BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, SORTABLE, "createdAt", errors, request.getLocale());
        OrderFilter filter = new OrderFilter(QueryValues.positiveId("locationId", locationId, errors,
                        Messages.format(request.getLocale(), "sales.input.number")),
                QueryValues.enumeration("channel", channel, SalesChannel.class, errors, request.getLocale()),
                QueryValues.enumeration("status", status, OrderStatus.class, errors, request.getLocale()),
                QueryValues.enumeration("paymentStatus", paymentStatus, OrderPaymentStatus.class, errors, request.getLocale()),
                QueryValues.date("from", from, errors, Messages.format(request.getLocale(), "sales.input.date")),
                QueryValues.date("to", to, errors, Messages.format(request.getLocale(), "sales.input.date")),
                QueryValues.text(q));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(orders.search(filter, page).map(OrderSummaryView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrder", summary = "Get an order", description = "With its lines. Needs order.view. "
            + "ETag = version; If-None-Match with it gives 304.")
    @APIResponse(responseCode = "200", description = "The order.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("order.view")
    public Response get(@PathParam("id") long id,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = "ETag held by the client.")
                        String ifNoneMatch) {
        Order order = orders.get(id);
        if (ETags.matches(ifNoneMatch, order.getVersion())) {
            return Response.notModified(ETags.of(order.getVersion())).build();
        }
        return ok(order);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrder", summary = "Create an order",
            description = "A draft at a store that sells, its lines at the variants' prices now and their units "
                    + "reserved. Needs order.create. With Idempotency-Key (or externalId) a retry answers 200 with "
                    + "the first order; the same key with another request is 422 idempotency-key-reused.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrderInput.NewOrderInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag.",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = "A retry with the key of an existing order: that order.",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "insufficient-stock.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "location-not-selling, not-for-sale, document-needs-buyer, "
            + "idempotency-key-reused.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @RolesAllowed("order.create")
    public Response create(@HeaderParam("Idempotency-Key") @Parameter(description = "The client's key of the order.")
                           String idempotencyKey, JsonObject body) {
        OrderCreated created = orders.create(OrderInput.order(body, idempotencyKey, request.getLocale()));
        Order o = created.order();
        URI self = uri.getAbsolutePathBuilder().path(String.valueOf(o.getId())).build();
        Response.ResponseBuilder answer = created.replayed() ? Response.ok().location(self) : Response.created(self);
        return answer.tag(ETags.of(o.getVersion())).entity(OrderView.of(o)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrder", summary = "Replace the details of a draft",
            description = "Customer, document, shipping, notes. Needs order.edit and If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrderInput.DetailsInput.class)))
    @APIResponse(responseCode = "200", description = "Updated; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "order-not-editable, document-needs-buyer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("order.edit")
    public Response update(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = "ETag read.")
                           String ifMatch, JsonObject body) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        return ok(orders.update(id, version, OrderInput.details(body, request.getLocale())));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteOrder", summary = "Delete a draft",
            description = "Soft delete of a draft without payments, with a reason; its reservations are released. "
                    + "Needs order.cancel and If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "order-not-editable.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @RolesAllowed("order.cancel")
    public Response delete(@PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = "ETag read.")
                           String ifMatch,
                           @QueryParam("reason") @Parameter(required = true, description = "Why.") String reason) {
        long version = ETags.requiredVersion(ifMatch, request.getLocale());
        orders.delete(id, version, reason);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addOrderLine", summary = "Add a line to a draft",
            description = "At the variant's price now; its units are reserved. Needs order.create or order.edit; "
                    + "If-Match optional.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrderInput.LineInput.class)))
    @APIResponse(responseCode = "200", description = "The order; ETag with the new version.",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "order-not-editable, not-for-sale.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @RolesAllowed({"order.create", "order.edit"})
    public Response addLine(@PathParam("id") long id,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read (optional).")
                            String ifMatch, JsonObject body) {
        return ok(orders.addLine(id, optionalVersion(ifMatch), OrderInput.line(body, request.getLocale())));
    }

    @PUT
    @Path("/{id}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOrderLine", summary = "Change a line of a draft",
            description = "New quantity and discount (the reservation follows). Needs order.create or order.edit.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrderInput.LineInput.class)))
    @APIResponse(responseCode = "200", description = "The order.",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "order-not-editable.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @RolesAllowed({"order.create", "order.edit"})
    public Response changeLine(@PathParam("id") long id, @PathParam("lineId") long lineId,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read (optional).")
                               String ifMatch, JsonObject body) {
        var line = OrderInput.line(body, request.getLocale());
        return ok(orders.changeLine(id, optionalVersion(ifMatch), lineId, line.quantity() == null ? 0 : line.quantity(),
                line.discount()));
    }

    @DELETE
    @Path("/{id}/lines/{lineId}")
    @Operation(operationId = "removeOrderLine", summary = "Remove a line of a draft",
            description = "The line is cancelled and its reservation released. Needs order.create or order.edit.")
    @APIResponse(responseCode = "200", description = "The order.",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "order-not-editable.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @RolesAllowed({"order.create", "order.edit"})
    public Response removeLine(@PathParam("id") long id, @PathParam("lineId") long lineId,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read (optional).")
                               String ifMatch) {
        return ok(orders.removeLine(id, optionalVersion(ifMatch), lineId));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getOrderHistory", summary = "Status history of an order",
            description = "Oldest first, with who, why and the client address. Needs order.view.")
    @APIResponse(responseCode = "200", description = "The history.",
            content = @Content(schema = @Schema(implementation = HistoryList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("order.view")
    public HistoryList history(@PathParam("id") long id) {
        return new HistoryList(orders.history(id).stream().map(HistoryView::of).toList());
    }

    @GET
    @Path("/{id}/actions")
    @Operation(operationId = "listOrderActions", summary = "Moves offered for an order",
            description = "The statuses the order can move to now, by priority, and whether the caller may ask "
                    + "for each. Needs order.view.")
    @APIResponse(responseCode = "200", description = "The moves.",
            content = @Content(schema = @Schema(implementation = ActionList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("order.view")
    public ActionList actions(@PathParam("id") long id) {
        return new ActionList(statuses.actions(id).stream().map(ActionView::of).toList());
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionOrder", summary = "Move an order to another status",
            description = "Only moves of order_status_transitions (else 422 transition-not-allowed), with their "
                    + "required_permission (else 403 transition-forbidden). A move that needs approval answers 202 "
                    + "with the request waiting in /order-approvals. Needs order.view plus the move's permission.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrderInput.MoveInput.class)))
    @APIResponse(responseCode = "200", description = "Moved.",
            content = @Content(schema = @Schema(implementation = TransitionOutcome.class)))
    @APIResponse(responseCode = "202", description = "Waiting for another user's approval.",
            content = @Content(schema = @Schema(implementation = TransitionOutcome.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "transition-not-allowed, order-empty.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @RolesAllowed("order.view")
    public Response transition(@PathParam("id") long id,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read (optional).")
                               String ifMatch, JsonObject body) {
        OrderInput.Move move = OrderInput.move(body, request.getLocale());
        return outcome(statuses.transition(id, optionalVersion(ifMatch), move.to(), move.reason()));
    }

    @GET
    @Path("/{id}/approvals")
    @Operation(operationId = "listOrderApprovals", summary = "Approval requests of an order",
            description = "Newest first. Needs order.view.")
    @APIResponse(responseCode = "200", description = "The requests.",
            content = @Content(schema = @Schema(implementation = ApprovalList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("order.view")
    public ApprovalList approvals(@PathParam("id") long id) {
        return new ApprovalList(statuses.approvals(id).stream().map(ApprovalView::of).toList());
    }

    static Response outcome(TransitionResult r) {
        TransitionOutcome body = new TransitionOutcome(r.applied(), OrderView.of(r.order()),
                r.applied() ? null : ApprovalView.of(r.pendingApproval()));
        return Response.status(r.applied() ? 200 : 202).tag(ETags.of(r.order().getVersion())).entity(body).build();
    }

    private static Response ok(Order order) {
        return Response.ok(OrderView.of(order)).tag(ETags.of(order.getVersion())).build();
    }

    private Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : ETags.requiredVersion(ifMatch, request.getLocale());
    }
}
