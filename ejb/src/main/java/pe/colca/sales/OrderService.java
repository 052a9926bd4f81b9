package pe.colca.sales;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Orders: drafts with their lines, priced by {@link OrderPricing} at the variants' effective prices, the
 * lines' units held by inventory reservations while the order is a draft. Every method is one
 * transaction and checks the store scope of the order's location.
 *
 * <p>Permissions: {@code order.view} (reads), {@code order.create} (create, lines of a new sale),
 * {@code order.edit} (details), {@code order.cancel} (delete a draft).
 */
@Local
public interface OrderService {

    /**
     * A new draft: the store must sell (422 {@code location-not-selling}), every variant must be sellable
     * (422 {@code not-for-sale}) and available (409 {@code insufficient-stock}). With an external id, a
     * second call answers the first order ({@code replayed}); the same id with another request is
     * refused (422 {@code idempotency-key-reused}).
     */
    OrderCreated create(NewOrder order);

    /** @throws OrderNotFound, pe.colca.security.OutOfScope */
    Order get(long id);

    /** The order a client key names, if any (in scope). */
    java.util.Optional<Order> findByExternalId(String externalId);

    /** Orders in the caller's scope, newest first by default; sort {@code createdAt}, {@code orderNumber}, {@code grandTotal}, {@code status}. */
    Page<Order> search(OrderFilter filter, PageRequest page);

    /** Adds a line to a draft (reserving its units). {@code expectedVersion} null: no check. */
    Order addLine(long orderId, Long expectedVersion, NewOrder.NewLine line);

    /** New quantity and discount of a line (the reservation follows). */
    Order changeLine(long orderId, Long expectedVersion, long itemId, int quantity, BigDecimal discount);

    /** Cancels a line of a draft (its reservation is released). */
    Order removeLine(long orderId, Long expectedVersion, long itemId);

    /** Replaces the details of a draft. @throws pe.colca.common.StaleVersion */
    Order update(long orderId, long expectedVersion, OrderDetails details);

    /** Soft-deletes a draft without payments (its reservations are released); a reason is required. */
    void delete(long orderId, long expectedVersion, String reason);

    /** The status history, oldest first. */
    List<OrderStatusChange> history(long orderId);
}
