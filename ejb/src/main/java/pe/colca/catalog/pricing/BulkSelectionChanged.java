package pe.colca.catalog.pricing;

import pe.colca.common.BusinessException;

/**
 * The variants or prices a bulk update selects changed since its preview (HTTP 409,
 * {@code bulk-selection-changed}); nothing was changed: preview again.
 */
public class BulkSelectionChanged extends BusinessException {

    private static final long serialVersionUID = 1L;

    public BulkSelectionChanged() {
        super(Kind.CONFLICT, "bulk-selection-changed", "catalog.bulk.selectionChanged");
    }
}
