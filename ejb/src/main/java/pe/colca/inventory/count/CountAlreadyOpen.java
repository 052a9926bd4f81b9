package pe.colca.inventory.count;

import pe.colca.common.BusinessException;

/** The location already has an unfinished (open or submitted) count: finish or cancel it first (HTTP 409). */
public class CountAlreadyOpen extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CountAlreadyOpen(String locationCode, String openNumber) {
        super(Kind.CONFLICT, "count-already-open", "inventory.count.alreadyOpen", locationCode, openNumber);
    }
}
