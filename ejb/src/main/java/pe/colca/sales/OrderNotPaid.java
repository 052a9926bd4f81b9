package pe.colca.sales;

import pe.colca.common.BusinessException;

/** Only a paid order takes a return (HTTP 422); args: order number, payment status. */
public class OrderNotPaid extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderNotPaid(Object... args) {
        super(Kind.RULE, "order-not-paid", "sales.return.notPaid", args);
    }
}
