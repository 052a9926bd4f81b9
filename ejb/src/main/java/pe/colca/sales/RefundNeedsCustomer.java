package pe.colca.sales;

import pe.colca.common.BusinessException;

/** A refund to the wallet needs the order's customer (HTTP 422); args: order number. */
public class RefundNeedsCustomer extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RefundNeedsCustomer(Object... args) {
        super(Kind.RULE, "refund-needs-customer", "sales.return.needsCustomer", args);
    }
}
