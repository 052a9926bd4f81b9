package pe.colca.payment;

import pe.colca.common.BusinessException;

/** No cash session has this id (HTTP 404). */
public class CashSessionNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CashSessionNotFound(long id) {
        super(Kind.NOT_FOUND, "not-found", "cash.session.notFound", String.valueOf(id));
    }
}
