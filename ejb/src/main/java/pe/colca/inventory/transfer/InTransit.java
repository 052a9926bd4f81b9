package pe.colca.inventory.transfer;

import java.io.Serializable;

/** Units of one variant on their way to a location (dispatched, not yet received nor written off). */
public record InTransit(long variantId, String sku, String productName, long toLocationId, String toCode,
                        long quantity, int transfers) implements Serializable {
}
