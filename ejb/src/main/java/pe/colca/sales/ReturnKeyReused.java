package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The Idempotency-Key of a return came back with another request (HTTP 422); args: the key. */
public class ReturnKeyReused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReturnKeyReused(Object... args) {
        super(Kind.RULE, "idempotency-key-reused", "sales.return.keyReused", args);
    }
}
