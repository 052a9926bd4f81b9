package pe.colca.catalog;

import java.math.BigDecimal;

/**
 * What the POS needs when a code is scanned: the variant, its product's name, the price to charge and
 * the tax, with the versions of the variant and the product it was read from (for a cache validator).
 */
public record VariantLookup(long variantId, long productId, String sku, String barcode, String productName,
                            String size, String color, BigDecimal effectivePrice, boolean priceOverridden,
                            String taxCode, long variantVersion, long productVersion) {
}
