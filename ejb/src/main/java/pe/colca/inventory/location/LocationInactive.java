package pe.colca.inventory.location;

import pe.colca.common.BusinessException;

/** The location is inactive: it accepts no stock movements and no reservations (HTTP 422). */
public class LocationInactive extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LocationInactive(String code) {
        super(Kind.RULE, "location-inactive", "inventory.location.inactive", code);
    }
}
