package pe.colca.payment;

import pe.colca.common.BusinessException;

/** Wallet and loyalty payments need an order with a customer (HTTP 422). */
public class PaymentNeedsCustomer extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PaymentNeedsCustomer(Object... args) {
        super(Kind.RULE, "payment-needs-customer", "sales.payment.needsCustomer", args);
    }
}
