package pe.colca.sales;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the payment area needs of an order, in the payment's transaction ({@code MANDATORY}): the order
 * locked for the payment, and the order brought up to date after it. When the payments cover the
 * grand total the order becomes PAID in the same transaction: its reservations are sold (SALE
 * movements), the customer earns loyalty points and the electronic document is requested.
 */
@Local
public interface OrderPayments {

    /**
     * Locks the order row (payments of one order take turns) and checks it can take a payment: in scope,
     * DRAFT or PENDING_PAYMENT, not empty, and its document rules met (a factura names a RUC customer, a
     * boleta above S/ 700 names the buyer).
     */
    PayableOrder payable(long orderId);

    /**
     * Sets the payment status from the approved total; a first payment moves a draft to
     * PENDING_PAYMENT, full payment moves it to PAID (history rows with the client address).
     */
    SettledOrder settle(long orderId, BigDecimal paidTotal);

    /** The order's payment state now (a replayed payment answers it), in the caller's scope. */
    SettledOrder state(long orderId, BigDecimal paidTotal);

    /** The order as a payment sees it. */
    record PayableOrder(long orderId, String orderNumber, long locationId, Long customerId, OrderStatus status,
                        BigDecimal grandTotal) implements Serializable {
    }

    /** The order after a payment. */
    record SettledOrder(long orderId, String orderNumber, OrderStatus status, OrderPaymentStatus paymentStatus,
                        BigDecimal grandTotal, BigDecimal paid, long version) implements Serializable {
    }
}
