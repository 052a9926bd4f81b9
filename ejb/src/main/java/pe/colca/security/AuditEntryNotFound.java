package pe.colca.security;

import pe.colca.common.BusinessException;

/** No audit row has this id (HTTP 404). */
public class AuditEntryNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AuditEntryNotFound(long id) {
        super(Kind.NOT_FOUND, "not-found", "security.audit.notFound", String.valueOf(id));
    }
}
