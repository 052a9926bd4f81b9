package pe.colca.payment;

import java.math.BigDecimal;

/**
 * One tender of a session's X/Z report. The payments taken in the session ({@code payments} rows carrying its
 * id, approved or approved and later refunded): how many, their amount and the refunded part; and the refunds
 * of returns this session's drawer paid out ({@code returns}, {@code returned}: refund rows carry no session, a
 * {@code REFUND} movement of the session names them). {@code net} is what stays: taken − refunded − returned.
 */
public record CashTenderTotal(PaymentMethod method, long payments, BigDecimal taken, BigDecimal refunded,
                              long returns, BigDecimal returned, BigDecimal net) {

    /** What the tender took, less the payments refunded as a whole (before the refunds of returns). */
    public BigDecimal collected() {
        return taken.subtract(refunded);
    }
}
