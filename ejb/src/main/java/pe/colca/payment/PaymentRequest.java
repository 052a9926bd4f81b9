package pe.colca.payment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One payment of an order ({@link PaymentService#pay}). What each method needs besides {@code amount}:
 * CASH {@code tendered} (at least the amount; the change is given back); CARD {@code authCode} and
 * {@code cardLast4}; YAPE, PLIN and BANK_TRANSFER {@code reference}; WALLET nothing (the order's
 * customer pays from his wallet); LOYALTY {@code points} (the amount is their value; when given it must match).
 */
public record PaymentRequest(PaymentMethod method, BigDecimal amount, BigDecimal tendered, String authCode,
                             String cardLast4, String reference, Integer points) implements Serializable {
}
