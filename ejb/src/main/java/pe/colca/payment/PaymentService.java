package pe.colca.payment;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Payments of orders, exactly once. Every payment carries an {@code Idempotency-Key} (unique): the first
 * request charges and stores the payment; a replay within {@code payment.idempotency.ttl_hours} answers
 * the first result and charges nothing; the same key with another request (order, method, amount) is
 * refused (422 {@code idempotency-key-reused}); after the expiry the key is refused (422
 * {@code idempotency-key-expired}). Concurrent requests with one key take turns on a transaction-scoped
 * advisory lock of the key, so exactly one of them charges. When the approved payments cover the grand
 * total, the order becomes PAID in the same transaction ({@link pe.colca.sales.OrderPayments}).
 *
 * <p>Permissions: {@code payment.create} to pay, {@code payment.view} or {@code order.view} to read.
 */
@Local
public interface PaymentService {

    PaymentResult pay(long orderId, String idempotencyKey, PaymentRequest request);

    /** The payments of an order, oldest first. */
    List<Payment> payments(long orderId);
}
