package pe.colca.payment;

import java.math.BigDecimal;

/**
 * The payments of a session by tender ({@code payments} rows carrying the session id): how many were taken
 * (approved, or approved and later refunded), their amount, the refunded part and the net.
 */
public record CashTenderTotal(PaymentMethod method, long payments, BigDecimal taken, BigDecimal refunded,
                              BigDecimal net) {
}
