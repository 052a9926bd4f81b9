package pe.colca.payment;

import pe.colca.common.BusinessException;

/** The cashier already has an open cash session (one at a time; partial unique index) (HTTP 409). */
public class CashSessionAlreadyOpen extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CashSessionAlreadyOpen(Long openSessionId) {
        super(Kind.CONFLICT, "cash-session-already-open", "cash.session.alreadyOpen",
                openSessionId == null ? "" : String.valueOf(openSessionId));
    }
}
