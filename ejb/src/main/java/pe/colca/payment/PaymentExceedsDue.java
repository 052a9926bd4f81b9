package pe.colca.payment;

import pe.colca.common.BusinessException;

/** A payment larger than what the order still owes (HTTP 422); cash gives change from the tendered amount instead. */
public class PaymentExceedsDue extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PaymentExceedsDue(Object... args) {
        super(Kind.RULE, "payment-exceeds-due", "sales.payment.exceedsDue", args);
    }
}
