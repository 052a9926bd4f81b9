package pe.colca.catalog;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A variant as other areas see it ({@link CatalogReader}).
 *
 * @param price       the price to charge: the variant's override, else the product's base price
 * @param costPrice   the product's cost; null when unknown
 * @param taxCode     SUNAT catalog 07 code of the product ({@link TaxAffectation})
 * @param sellable    whether it can be reserved, sold or converted now ({@link Sellability})
 * @param notSellableReasonKey the message key of why not ({@code catalog.lookup.reason.*}); null when sellable
 */
public record VariantInfo(long variantId, long productId, String sku, String barcode, String productName,
                          String size, String color, BigDecimal price, BigDecimal costPrice, String taxCode,
                          Integer categoryId, Integer brandId, boolean sellable, String notSellableReasonKey)
        implements Serializable {

    /** "Polo básico · M · Azul": the product name with the variant's attributes, for lists and messages. */
    public String label() {
        return label(productName, sku, size, color);
    }

    /** The label of {@link #label()} from its parts (the SKU when the product name is unknown). */
    public static String label(String productName, String sku, String size, String color) {
        StringBuilder label = new StringBuilder(productName == null ? sku : productName);
        if (size != null && !size.isBlank()) {
            label.append(" · ").append(size);
        }
        if (color != null && !color.isBlank()) {
            label.append(" · ").append(color);
        }
        return label.toString();
    }
}
