package pe.colca.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import pe.colca.sales.OrderPayments;

/**
 * What a payment did: the payment row, the change given (cash) and the order afterwards. With
 * {@code replayed} the payment is the one the first request with the same Idempotency-Key made (nothing
 * was charged again) and the order is as it stands now.
 */
public record PaymentResult(Payment payment, BigDecimal change, OrderPayments.SettledOrder order, boolean replayed)
        implements Serializable {
}
