package pe.colca.payment;

import java.math.BigDecimal;
import pe.colca.common.BusinessException;

/** A pay-out or refund larger than the cash the drawer should hold (HTTP 422). */
public class CashDrawerShort extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CashDrawerShort(BigDecimal asked, BigDecimal inDrawer) {
        super(Kind.RULE, "cash-drawer-short", "cash.movement.short", asked.toPlainString(), inDrawer.toPlainString());
    }
}
