package pe.colca.common;

/**
 * Somebody else changed the record after the caller read it (optimistic lock). The caller must
 * reload and apply its change again; nothing was written.
 */
public class StaleVersion extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaleVersion(String what, Object id) {
        super(Kind.CONFLICT, "stale-version", "error.staleVersion", what, String.valueOf(id));
    }
}
