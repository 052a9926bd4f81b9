package pe.colca.sales.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pe.colca.catalog.CatalogReader;
import pe.colca.inventory.OrderStock;
import pe.colca.sales.Order;
import pe.colca.sales.OrderItem;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.OrderStatusChange;
import pe.colca.sales.OrderStatusTransition;
import pe.colca.sales.TransitionForbidden;
import pe.colca.sales.TransitionNotAllowed;
import pe.colca.security.AuditTrail;

/**
 * The order status machine, in the caller's transaction ({@code MANDATORY}). The allowed moves are the
 * rows of {@code order_status_transitions} (reference data: a move that is not a row is refused);
 * {@code required_permission} is checked with the caller's roles; every move writes one
 * {@code order_status_history} row (previous, new, who, reason, client address) and one audit row,
 * and the stock follows the status: a cancelled order gives its reservations back, a paid one sells
 * them (reservations converted into SALE movements; a reservation that expired is sold directly while
 * the units are still there). Stock statements come last in the transaction (docs/conventions.md).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@DeclareRoles({"order.create", "order.edit", "order.fulfill", "order.cancel", "order.cancel.approve",
        "order.refund.request", "order.refund.approve", "payment.create"})
public class StatusMachine {

    /** Who may ASK for a move that needs approval (the approver needs the row's required_permission). */
    private static final Map<String, String> REQUESTER = Map.of(
            "order.cancel.approve", "order.cancel",
            "order.refund.approve", "order.refund.request");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private OrderAccess access;

    @EJB
    private OrderStock stock;

    @EJB
    private AuditTrail audit;

    @EJB
    private CatalogReader catalog;

    /** The moves out of a status, by priority. */
    public List<OrderStatusTransition> from(OrderStatus status) {
        return em.createQuery("SELECT t FROM OrderStatusTransition t WHERE t.fromStatus = :s"
                        + " ORDER BY t.priority, t.toStatus", OrderStatusTransition.class)
                .setParameter("s", status).getResultList();
    }

    /** The row allowing {@code from → to}. */
    public Optional<OrderStatusTransition> transition(OrderStatus from, OrderStatus to) {
        return from(from).stream().filter(t -> t.leads(from, to)).findFirst();
    }

    /** The row, or 422 naming the order and both statuses. */
    public OrderStatusTransition require(Order order, OrderStatus to) {
        return transition(order.getStatus(), to).orElseThrow(() ->
                new TransitionNotAllowed(order.getOrderNumber(), order.getStatus().name(), to.name()));
    }

    /** The permission the caller needs to make the move, or to ask for it when it needs approval. */
    public static String askPermission(OrderStatusTransition t) {
        String p = t.getRequiredPermission();
        if (!t.isRequiresApproval() || p == null) {
            return p;
        }
        return REQUESTER.getOrDefault(p, p.endsWith(".approve") ? p.substring(0, p.length() - ".approve".length()) : p);
    }

    public boolean holds(String permission) {
        return permission == null || context.isCallerInRole(permission);
    }

    /** 403 unless the caller holds the permission. */
    public void requirePermission(Order order, String permission) {
        if (!holds(permission)) {
            throw new TransitionForbidden(order.getOrderNumber(), permission);
        }
    }

    /**
     * Makes the move (the caller checked the row and the permission): history row, stock effects, audit.
     */
    public OrderStatusChange apply(Order order, OrderStatus to, String reason) {
        OrderStatus from = order.getStatus();
        OrderStatusChange change = order.moveTo(to, access.user(), reason, access.clientAddress());
        em.persist(change);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", from.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        after.put("reason", reason);
        after.put("ipAddress", change.getIpAddress());
        audit.record("ORDER_STATUS", "orders", order.getId(), before, after);
        em.flush();
        if (to == OrderStatus.CANCELLED) {
            releaseHolds(order);
        } else if (to == OrderStatus.PAID) {
            sellLines(order);
        }
        return change;
    }

    /** The first history row of a new order ({@code null → DRAFT}). */
    public void started(Order order) {
        em.persist(new OrderStatusChange(order.getId(), null, order.getStatus(), access.user(), null,
                access.clientAddress()));
    }

    /** Gives back the units held for the order's lines (a reservation already swept is skipped). */
    public void releaseHolds(Order order) {
        for (OrderItem item : byVariant(order.activeItems())) {
            if (item.getReservationId() != null) {
                stock.releaseHold(item.getReservationId());
                item.heldBy(null);
            }
        }
    }

    private void sellLines(Order order) {
        // one read of the variants for the conversions' sellability checks and the document's pricing
        catalog.variants(order.activeItems().stream().map(OrderItem::getVariantId).toList());
        for (OrderItem item : byVariant(order.activeItems())) {
            stock.sellHeld(item.getReservationId(), item.getVariantId(), order.getLocationId(), item.getQuantity(),
                    order.getOrderNumber());
            item.heldBy(null);
        }
    }

    /** Stock rows are locked in (variant, location) order; one order has one location. */
    static List<OrderItem> byVariant(List<OrderItem> items) {
        return items.stream().sorted(java.util.Comparator.comparing(OrderItem::getVariantId)).toList();
    }
}
