package pe.colca.catalog;

import pe.colca.common.BusinessException;

/** Every product keeps at least one live variant: its last one cannot be deleted (HTTP 422). */
public class LastVariant extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LastVariant(Object productId) {
        super(Kind.RULE, "last-variant", "catalog.variant.last", String.valueOf(productId));
    }
}
