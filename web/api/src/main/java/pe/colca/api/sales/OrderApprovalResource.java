package pe.colca.api.sales;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import pe.colca.api.ColcaApi;
import pe.colca.api.PageParams;
import pe.colca.api.Paging;
import pe.colca.api.sales.OrderViews.ApprovalPage;
import pe.colca.api.sales.OrderViews.ApprovalView;
import pe.colca.api.sales.OrderViews.TransitionOutcome;
import pe.colca.common.InvalidInput;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.sales.OrderStatusService;

/**
 * {@code /api/v1/order-approvals}: the queue of status changes waiting for approval. Another user than
 * the requester, holding the transition's permission, approves (the move is made) or rejects them.
 */
@Path("/order-approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = ColcaApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OrderApprovalResource {

    @EJB
    private OrderStatusService statuses;

    @Inject
    private RequestMetadata request;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "listPendingOrderApprovals", summary = "Pending approval requests",
            description = "Of the caller's stores, oldest first. Needs order.view.")
    @APIResponse(responseCode = "200", description = "A page of requests.",
            content = @Content(schema = @Schema(implementation = ApprovalPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @RolesAllowed("order.view")
    public Response list(@BeanParam PageParams paging) {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(paging, Set.of("requestedAt"), "requestedAt", errors, request.getLocale());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Paging.ok(statuses.pendingApprovals(page).map(ApprovalView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrderApproval", summary = "Get an approval request", description = "Needs order.view.")
    @APIResponse(responseCode = "200", description = "The request.",
            content = @Content(schema = @Schema(implementation = ApprovalView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @RolesAllowed("order.view")
    public ApprovalView get(@PathParam("id") long id) {
        return ApprovalView.of(statuses.approval(id));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveOrderTransition", summary = "Approve a status change",
            description = "The move is made now by the approver (history row with his address). Needs order.view "
                    + "plus the transition's permission; never the requester (422 order-self-approval).")
    @RequestBody(content = @Content(schema = @Schema(implementation = OrderInput.ReasonInput.class)))
    @APIResponse(responseCode = "200", description = "Approved and moved.",
            content = @Content(schema = @Schema(implementation = TransitionOutcome.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "order-self-approval, transition-not-allowed.",
            content = @Content(mediaType = OrderResource.PROBLEM, schema = @Schema(ref = "Problem")))
    @RolesAllowed("order.view")
    public Response approve(@PathParam("id") long id, JsonObject body) {
        return OrderResource.outcome(statuses.approve(id, OrderInput.reason(body, request.getLocale())));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectOrderTransition", summary = "Reject a status change",
            description = "The order stays as it is. Needs order.view plus the transition's permission; never the requester.")
    @RequestBody(content = @Content(schema = @Schema(implementation = OrderInput.ReasonInput.class)))
    @APIResponse(responseCode = "200", description = "Rejected.",
            content = @Content(schema = @Schema(implementation = ApprovalView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "order-self-approval.",
            content = @Content(mediaType = OrderResource.PROBLEM, schema = @Schema(ref = "Problem")))
    @RolesAllowed("order.view")
    public ApprovalView reject(@PathParam("id") long id, JsonObject body) {
        return ApprovalView.of(statuses.reject(id, OrderInput.reason(body, request.getLocale())));
    }
}
