package pe.colca.payment;

import pe.colca.common.BusinessException;

/** An Idempotency-Key came back with another request (other order, method or amount): refused, nothing charged (HTTP 422). */
public class PaymentKeyReused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PaymentKeyReused(Object... args) {
        super(Kind.RULE, "idempotency-key-reused", "sales.payment.keyReused", args);
    }
}
