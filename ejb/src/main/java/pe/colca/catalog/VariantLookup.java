package pe.colca.catalog;

import java.math.BigDecimal;

/** What the POS needs when a code is scanned: the variant, its product's name, the price to charge and the tax. */
public record VariantLookup(long variantId, long productId, String sku, String barcode, String productName,
                            String size, String color, BigDecimal effectivePrice, boolean priceOverridden,
                            String taxCode) {
}
