package pe.colca.catalog.pricing;

import java.math.BigDecimal;

/**
 * One selected variant in a bulk price preview: its price today, after the update and the difference.
 *
 * @param overridden whether the variant has its own price (else it follows the product's base price)
 * @param refused    the new price would be zero or less: the update cannot be applied while it is selected
 */
public record BulkPriceLine(long variantId, long productId, String productName, String sku, String size,
                            String color, boolean active, boolean overridden, BigDecimal oldPrice,
                            BigDecimal newPrice, boolean refused) {

    public BigDecimal difference() {
        return newPrice.subtract(oldPrice);
    }

    public boolean changes() {
        return newPrice.compareTo(oldPrice) != 0;
    }
}
