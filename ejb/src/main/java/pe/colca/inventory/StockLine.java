package pe.colca.inventory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A read-only line of the stock of one location as the console lists it: the stock row with the
 * variant's SKU and product name (read from the catalog tables, by id), the product's cost and the
 * low-stock threshold of the pair ({@code inventory_alerts}, when an active one exists).
 *
 * @param costPrice  {@code products.cost_price}; null when the product has no cost
 * @param threshold  the active alert threshold of the pair; null when there is none
 * @param lowStock   available units below the threshold, or at most the default when there is none
 */
public record StockLine(long variantId, String sku, String productName, String size, String color,
                        int onHand, int reserved, int available, Instant lastCountedAt, Instant lastUpdatedAt,
                        BigDecimal costPrice, Integer threshold, boolean lowStock) implements Serializable {

    /** On hand valued at cost; null when the cost is unknown. */
    public BigDecimal valueAtCost() {
        return costPrice == null ? null : costPrice.multiply(BigDecimal.valueOf(onHand));
    }
}
