package pe.colca.inventory;

import pe.colca.common.BusinessException;

/**
 * Fewer units are available (on hand minus reserved) than were asked for; nothing was written. The
 * API answers 409 with the {@link #available()} quantity, so a storefront can offer what is left.
 */
public class StockInsufficient extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long variantId;
    private final long locationId;
    private final int requested;
    private final int available;

    public StockInsufficient(long variantId, long locationId, int requested, int available) {
        super(Kind.CONFLICT, "insufficient-stock", "inventory.stock.insufficient",
                requested, available, String.valueOf(variantId), String.valueOf(locationId));
        this.variantId = variantId;
        this.locationId = locationId;
        this.requested = requested;
        this.available = Math.max(0, available);
    }

    public long variantId() {
        return variantId;
    }

    public long locationId() {
        return locationId;
    }

    public int requested() {
        return requested;
    }

    /** Units that could be reserved or sold at the moment of the refusal (never negative). */
    public int available() {
        return available;
    }
}
