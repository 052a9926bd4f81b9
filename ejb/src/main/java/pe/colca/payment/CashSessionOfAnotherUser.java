package pe.colca.payment;

import pe.colca.common.BusinessException;

/**
 * The cash session belongs to another cashier and the caller may not act on it (or see it without
 * {@code cash.session.view}) (HTTP 403).
 */
public class CashSessionOfAnotherUser extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CashSessionOfAnotherUser(long id) {
        super(Kind.FORBIDDEN, "cash-session-of-another-user", "cash.session.ofAnotherUser", String.valueOf(id));
    }
}
