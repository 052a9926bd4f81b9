package pe.colca.sales;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Returns and refunds of paid orders (issue 12). A return takes back units of a PAID (or delivered,
 * completed) order within {@code sales.return.window_days} of the sale, in ONE transaction:
 * <ul>
 *   <li>never more per line than sold minus already returned: the order row is locked, so returns of one
 *   order take turns ({@link ReturnExceedsSold} otherwise, nothing written);</li>
 *   <li>the units back into stock at the returning store (CUSTOMER_RETURN ledger lines, inventory's
 *   {@link pe.colca.inventory.OrderStock});</li>
 *   <li>the money back by the order's tenders (cash out of the returning cashier's open session, refused
 *   with 422 {@code no-open-cash-session} without one) or into the customer's wallet; loyalty points
 *   earned on the returned part reversed;</li>
 *   <li>the order's payment status REFUNDED and its status REFUNDED once every unit came back;</li>
 *   <li>a credit note (07) requested from invoicing (pending, numbered from the store's note series,
 *   referencing the order's boleta or factura); an audit row.</li>
 * </ul>
 * The figures of a return are the returned lines priced like the sale by the pricing component (the
 * shipping charge goes back with the return that completes the order).
 *
 * <p>Permissions: {@code order.refund.approve} to return, {@code order.view} to read.
 */
@Local
public interface ReturnService {

    /**
     * Makes a return. {@code idempotencyKey} (nullable for the console, required by the API) makes a
     * retry answer the first return; the same key with another request is refused ({@link ReturnKeyReused}).
     */
    ReturnCreated create(long orderId, String idempotencyKey, ReturnRequest request);

    /** The returns of an order, oldest first. */
    List<ReturnView> returns(long orderId);

    /** The lines of an order with the units that can still come back. */
    List<ReturnableLine> returnable(long orderId);
}
