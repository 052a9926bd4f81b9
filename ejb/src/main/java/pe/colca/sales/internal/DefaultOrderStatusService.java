package pe.colca.sales.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RuleViolated;
import pe.colca.common.Where;
import pe.colca.sales.ApprovalNotFound;
import pe.colca.sales.ApprovalPending;
import pe.colca.sales.OfferedTransition;
import pe.colca.sales.Order;
import pe.colca.sales.OrderApproval;
import pe.colca.sales.OrderPaymentStatus;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.OrderStatusService;
import pe.colca.sales.OrderStatusTransition;
import pe.colca.sales.RefundMethod;
import pe.colca.sales.TransitionNotAllowed;
import pe.colca.sales.TransitionResult;
import pe.colca.security.AuditTrail;
import pe.colca.security.StoreScope;

/**
 * {@link OrderStatusService}: the moves a user asks for, and the approval queue. The rules of a move
 * are {@link StatusMachine}'s; PAID is reached only by paying (the payment area), never asked for.
 */
@Stateless
public class DefaultOrderStatusService implements OrderStatusService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderAccess access;

    @EJB
    private StatusMachine machine;

    @EJB
    private AuditTrail audit;

    @EJB
    private StoreScope scope;

    @EJB
    private ReturnWork returns;

    @Override
    @RolesAllowed("order.view")
    public List<OfferedTransition> actions(long orderId) {
        Order order = access.find(orderId);
        return machine.from(order.getStatus()).stream()
                .filter(t -> t.getToStatus() != OrderStatus.PAID && !byReturnOnly(t.getFromStatus(), t.getToStatus()))
                .map(t -> new OfferedTransition(t.getToStatus(), t.isRequiresApproval(), StatusMachine.askPermission(t),
                        t.getPriority(), machine.holds(StatusMachine.askPermission(t))))
                .toList();
    }

    @Override
    @RolesAllowed("order.view")
    public TransitionResult transition(long orderId, Long expectedVersion, OrderStatus to, String reason) {
        if (to == null) {
            throw InvalidInput.of("to", Messages.format(access.locale(), "sales.transition.toRequired"));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 1000) {
            throw InvalidInput.of("reason", Messages.format(access.locale(), "sales.transition.reasonSize"));
        }
        Order order = access.lock(orderId, expectedVersion);
        if (to == OrderStatus.PAID) {
            throw new RuleViolated("order-paid-through-payment", "sales.transition.paidByPayments", order.getOrderNumber());
        }
        if (byReturnOnly(order.getStatus(), to)) {
            throw new RuleViolated("order-refunded-through-return", "sales.transition.refundedByReturns",
                    order.getOrderNumber());
        }
        OrderStatusTransition t = machine.require(order, to);
        machine.requirePermission(order, StatusMachine.askPermission(t));
        if ((t.isRequiresApproval() || to == OrderStatus.CANCELLED) && why == null) {
            throw InvalidInput.of("reason", Messages.format(access.locale(), "sales.transition.reasonRequired"));
        }
        if (to == OrderStatus.PENDING_PAYMENT && order.activeItems().isEmpty()) {
            throw new RuleViolated("order-empty", "sales.order.empty", order.getOrderNumber());
        }
        if (!t.isRequiresApproval()) {
            machine.apply(order, to, why);
            order.getItems().size();
            return new TransitionResult(order, null);
        }
        boolean pending = !em.createQuery("SELECT a.id FROM OrderApproval a WHERE a.orderId = :o"
                        + " AND a.status = pe.colca.sales.ApprovalStatus.PENDING", Long.class)
                .setParameter("o", orderId).getResultList().isEmpty();
        if (pending) {
            throw new ApprovalPending(order.getOrderNumber());
        }
        OrderApproval request = new OrderApproval(order.getId(), order.getStatus(), to, t.getRequiredPermission(),
                access.user(), why, access.clientAddress());
        em.persist(request);
        em.flush();
        order.getItems().size();
        audit.record("ORDER_APPROVAL_REQUEST", "order_approval_requests", request.getId(), null, approvalAudit(request));
        return new TransitionResult(order, request);
    }

    @Override
    @RolesAllowed("order.view")
    public Page<OrderApproval> pendingApprovals(PageRequest page) {
        Where where = new Where().and("a.status = pe.colca.sales.ApprovalStatus.PENDING");
        scope.within(where, "o.locationId");
        // an entity join with ON (a theta join of Order, which has a @SQLRestriction, renders invalid SQL)
        String from = " FROM OrderApproval a JOIN Order o ON o.id = a.orderId";
        return where.page(em.createQuery("SELECT a" + from + where + " ORDER BY a.requestedAt, a.id", OrderApproval.class),
                em.createQuery("SELECT count(a)" + from + where, Long.class), page);
    }

    @Override
    @RolesAllowed("order.view")
    public OrderApproval approval(long approvalId) {
        OrderApproval a = em.find(OrderApproval.class, approvalId);
        if (a == null) {
            throw new ApprovalNotFound(String.valueOf(approvalId));
        }
        access.find(a.getOrderId());
        return a;
    }

    @Override
    @RolesAllowed("order.view")
    public List<OrderApproval> approvals(long orderId) {
        access.find(orderId);
        return em.createQuery("SELECT a FROM OrderApproval a WHERE a.orderId = :o ORDER BY a.requestedAt DESC, a.id DESC",
                OrderApproval.class).setParameter("o", orderId).getResultList();
    }

    @Override
    @RolesAllowed("order.view")
    public TransitionResult approve(long approvalId, String reason) {
        OrderApproval a = locked(approvalId);
        Order order = access.lock(a.getOrderId(), null);
        machine.requirePermission(order, a.getRequiredPermission());
        Map<String, Object> before = approvalAudit(a);
        a.decide(true, access.user(), blankToNull(reason));
        if (order.getStatus() != a.getFromStatus()
                || machine.transition(order.getStatus(), a.getToStatus()).isEmpty()) {
            throw new TransitionNotAllowed(order.getOrderNumber(), order.getStatus().name(), a.getToStatus().name());
        }
        audit.record("ORDER_APPROVAL_APPROVE", "order_approval_requests", a.getId(), before, approvalAudit(a));
        String why = a.getRequestReason() + (a.getDecisionReason() == null ? "" : " — " + a.getDecisionReason());
        machine.apply(order, a.getToStatus(), why);
        refundIfPaid(order, a.getToStatus(), why);
        order.getItems().size();
        return new TransitionResult(order, null);
    }

    @Override
    @RolesAllowed("order.view")
    public OrderApproval reject(long approvalId, String reason) {
        OrderApproval a = locked(approvalId);
        Order order = access.lock(a.getOrderId(), null);
        machine.requirePermission(order, a.getRequiredPermission());
        Map<String, Object> before = approvalAudit(a);
        a.decide(false, access.user(), blankToNull(reason));
        audit.record("ORDER_APPROVAL_REJECT", "order_approval_requests", a.getId(), before, approvalAudit(a));
        return a;
    }

    /**
     * An approved cancellation of a paid order, or an approved refund request, gives every unit that has not
     * come back yet back and refunds it by the original tenders through the returns' one path
     * ({@link ReturnWork}): stock, payments, cash, points and the credit note (catalog 09 01 for a
     * cancellation) change with the approval, or the approval is refused and nothing changes.
     */
    private void refundIfPaid(Order order, OrderStatus to, String reason) {
        if ((to != OrderStatus.CANCELLED && to != OrderStatus.REFUNDED)
                || order.getPaymentStatus() != OrderPaymentStatus.PAID) {
            return;
        }
        Map<Long, Integer> rest = returns.rest(order);
        if (!rest.isEmpty()) {
            returns.execute(order, new ReturnWork.Ask(Math.toIntExact(order.getLocationId()), rest, RefundMethod.ORIGINAL,
                    reason, null, null, to));
        }
    }

    /** Moves to REFUNDED made by a return (V29), never asked for as a plain transition. */
    private static boolean byReturnOnly(OrderStatus from, OrderStatus to) {
        return to == OrderStatus.REFUNDED && from != OrderStatus.REFUND_REQUESTED;
    }

    /** The request, locked after its order (the lock order of {@link #transition}: order, then request). */
    private OrderApproval locked(long approvalId) {
        OrderApproval a = em.find(OrderApproval.class, approvalId);
        if (a == null) {
            throw new ApprovalNotFound(String.valueOf(approvalId));
        }
        access.lock(a.getOrderId(), null);
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    private static Map<String, Object> approvalAudit(OrderApproval a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", a.getOrderId());
        m.put("from", a.getFromStatus().name());
        m.put("to", a.getToStatus().name());
        m.put("status", a.getStatus().name());
        m.put("requestedBy", a.getRequestedBy());
        m.put("reason", a.getRequestReason());
        m.put("decidedBy", a.getDecidedBy());
        m.put("decisionReason", a.getDecisionReason());
        return m;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
