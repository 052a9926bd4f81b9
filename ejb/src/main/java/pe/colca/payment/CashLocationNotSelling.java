package pe.colca.payment;

import pe.colca.common.BusinessException;

/**
 * A cash session is opened only at a location that sells (live, active, {@code allows_sales}): a
 * warehouse's drawer would take no sale (HTTP 422). The reason is the inventory area's text naming the
 * location, in the caller's language.
 */
public class CashLocationNotSelling extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CashLocationNotSelling(String reason) {
        super(Kind.RULE, "cash-location-not-selling", "cash.location.notSelling", reason);
    }
}
