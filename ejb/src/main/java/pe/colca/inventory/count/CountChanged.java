package pe.colca.inventory.count;

import pe.colca.common.BusinessException;

/** Somebody changed the count after the caller read it (optimistic lock, HTTP 409); nothing was written. */
public class CountChanged extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CountChanged(String countNumber) {
        super(Kind.CONFLICT, "stale-version", "inventory.count.stale", countNumber);
    }
}
