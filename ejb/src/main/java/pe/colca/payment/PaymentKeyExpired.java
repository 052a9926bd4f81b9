package pe.colca.payment;

import pe.colca.common.BusinessException;

/** The Idempotency-Key answered replays until {@code idempotency_expires_at}; after it the key cannot be used again (HTTP 422). */
public class PaymentKeyExpired extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PaymentKeyExpired(Object... args) {
        super(Kind.RULE, "idempotency-key-expired", "sales.payment.keyExpired", args);
    }
}
