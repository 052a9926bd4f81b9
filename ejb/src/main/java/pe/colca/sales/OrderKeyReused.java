package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The client's key of an order (external id, Idempotency-Key) came back with another request (HTTP 422). */
public class OrderKeyReused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderKeyReused(Object... args) {
        super(Kind.RULE, "idempotency-key-reused", "sales.order.keyReused", args);
    }
}
