package pe.colca.payment;

import pe.colca.common.BusinessException;

/**
 * The cash session takes no movement and no count: it is closed (immutable), or its count waits for a
 * manager's approval (HTTP 422).
 */
public class CashSessionClosed extends BusinessException {

    private static final long serialVersionUID = 1L;

    private CashSessionClosed(String type, String key, long id) {
        super(Kind.RULE, type, key, String.valueOf(id));
    }

    public static CashSessionClosed closed(long id) {
        return new CashSessionClosed("cash-session-closed", "cash.session.closed", id);
    }

    public static CashSessionClosed counted(long id) {
        return new CashSessionClosed("cash-session-counted", "cash.session.counted", id);
    }
}
