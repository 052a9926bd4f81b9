package pe.colca.inventory.count;

import pe.colca.common.BusinessException;

/** The count is not in the status the action needs, e.g. scanning a submitted count (HTTP 422). */
public class CountNotInStatus extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CountNotInStatus(String countNumber, CountStatus actual, CountStatus needed) {
        super(Kind.RULE, "count-status", "inventory.count.status", countNumber, actual.name(), needed.name());
    }
}
