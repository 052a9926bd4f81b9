package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The order's status takes no return (cancelled, refunded, waiting for a refund approval …) (HTTP 422); args: order number, status. */
public class OrderNotReturnable extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderNotReturnable(Object... args) {
        super(Kind.RULE, "order-not-returnable", "sales.return.notReturnable", args);
    }
}
