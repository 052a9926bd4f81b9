package pe.colca.catalog;

import pe.colca.common.BusinessException;

/** A price of zero or less was given: an active variant must always have a positive price (HTTP 422). */
public class PriceNotPositive extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PriceNotPositive(String field) {
        super(Kind.RULE, "price-not-positive", "catalog.price.notPositive", field);
    }
}
