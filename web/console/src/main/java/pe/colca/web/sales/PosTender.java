package pe.colca.web.sales;

import java.io.Serializable;
import java.math.BigDecimal;
import pe.colca.payment.PaymentMethod;

/**
 * A tender taken by the POS for the current sale (what the receipt lists).
 *
 * @param method    how it was paid
 * @param amount    the amount applied to the order
 * @param tendered  cash handed over (null for other methods)
 * @param change    change given back (zero unless cash)
 * @param reference the authorisation code, operation reference or points, as typed
 * @param replayed  the payment service answered an earlier request with the same key (nothing charged again)
 */
public record PosTender(PaymentMethod method, BigDecimal amount, BigDecimal tendered, BigDecimal change,
                        String reference, boolean replayed) implements Serializable {
}
