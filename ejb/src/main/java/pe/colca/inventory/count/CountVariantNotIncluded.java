package pe.colca.inventory.count;

import pe.colca.common.BusinessException;

/** The variant is not part of a count of selected variants (HTTP 422). */
public class CountVariantNotIncluded extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CountVariantNotIncluded(String sku, String countNumber) {
        super(Kind.RULE, "count-variant-not-included", "inventory.count.notIncluded", sku, countNumber);
    }
}
