package pe.colca.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A movement of a cash session: the amount is never negative, the type gives the direction. */
public record CashMovementView(long id, CashMovementType type, BigDecimal amount, String reason, Long paymentId,
                               String reference, Instant createdAt) {

    public static CashMovementView of(CashMovement m) {
        return new CashMovementView(m.getId(), m.getType(), m.getAmount(), m.getReason(), m.getPaymentId(),
                m.getReference(), m.getCreatedAt());
    }

    /** The amount with the sign of its direction (the closing count shows unsigned). */
    public BigDecimal signedAmount() {
        return type.sign() < 0 ? amount.negate() : amount;
    }
}
