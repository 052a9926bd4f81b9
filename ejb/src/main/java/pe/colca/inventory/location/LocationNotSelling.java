package pe.colca.inventory.location;

import pe.colca.common.BusinessException;

/** The location does not sell ({@code allows_sales} is false): no sales and no reservations there (HTTP 422). */
public class LocationNotSelling extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LocationNotSelling(String code) {
        super(Kind.RULE, "location-not-selling", "inventory.location.notSelling", code);
    }
}
