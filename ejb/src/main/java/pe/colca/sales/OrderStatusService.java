package pe.colca.sales;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The order status machine of {@code order_status_transitions}: a move not in the table is refused
 * (422 {@code transition-not-allowed}); the transition's {@code required_permission} is checked (403
 * {@code transition-forbidden}); a {@code requires_approval} move waits in the approval queue until
 * another user holding the permission decides. Every move writes {@code order_status_history} with the
 * client address ({@code X-Forwarded-For} only from the trusted proxies of {@code security.trusted_proxies}).
 * Stock follows: cancelling a draft releases its reservations; paying (the payment area) sells them.
 */
@Local
public interface OrderStatusService {

    /** The moves from the order's current status, by priority, with whether the caller may ask for each. */
    List<OfferedTransition> actions(long orderId);

    /**
     * Moves the order (or queues the request for approval). {@code expectedVersion} null: no check.
     * A reason is required for cancellations and requests for approval.
     */
    TransitionResult transition(long orderId, Long expectedVersion, OrderStatus to, String reason);

    /** Pending approval requests the caller may decide (in his scope), oldest first. */
    Page<OrderApproval> pendingApprovals(PageRequest page);

    /** One approval request. */
    OrderApproval approval(long approvalId);

    /** The approval requests of an order, newest first. */
    List<OrderApproval> approvals(long orderId);

    /** Approves: the move is made now, by the approver. @throws SelfApproval for the requester */
    TransitionResult approve(long approvalId, String reason);

    /** Rejects: the order stays as it is. */
    OrderApproval reject(long approvalId, String reason);
}
