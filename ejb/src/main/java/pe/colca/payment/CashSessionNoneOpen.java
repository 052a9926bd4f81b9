package pe.colca.payment;

import pe.colca.common.BusinessException;

/** The cashier has no open cash session at this location, so he cannot take cash there (HTTP 422). */
public class CashSessionNoneOpen extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** The caller has no open session anywhere. */
    public CashSessionNoneOpen() {
        super(Kind.RULE, "no-open-cash-session", "cash.session.noneOpenForCaller");
    }

    public CashSessionNoneOpen(long locationId) {
        super(Kind.RULE, "no-open-cash-session", "cash.session.noneOpen", String.valueOf(locationId));
    }
}
