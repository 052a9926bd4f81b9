package pe.colca.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * What a user sets on a variant. {@code priceOverride} is read when the variant is created; later
 * it changes only through {@link PriceService#changeVariantPrice} (history row, justification).
 */
public record VariantData(
        @NotBlank(message = "{catalog.variant.sku.required}")
        @Size(max = 60, message = "{catalog.variant.sku.size}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "{catalog.variant.sku.pattern}")
        String sku,
        @Size(max = 60, message = "{catalog.variant.barcode.size}")
        String barcode,
        @Size(max = 30, message = "{catalog.variant.size.size}")
        String size,
        @Size(max = 60, message = "{catalog.variant.color.size}")
        String color,
        @Digits(integer = 12, fraction = 2, message = "{catalog.price.digits}")
        BigDecimal priceOverride,
        @DecimalMin(value = "0", message = "{catalog.variant.weight.min}")
        @Digits(integer = 9, fraction = 3, message = "{catalog.variant.weight.digits}")
        BigDecimal weight,
        Map<String, Object> dimensions,
        @Size(max = 1000, message = "{catalog.variant.image.size}")
        String mainImageUrl,
        boolean active) {

    /** Trims texts and upper-cases the SKU, so " ab-1 " and "AB-1" are the same SKU. */
    public VariantData normalized() {
        return new VariantData(sku == null ? null : sku.strip().toUpperCase(Locale.ROOT),
                ProductData.blankToNull(barcode), ProductData.blankToNull(size), ProductData.blankToNull(color),
                priceOverride, weight, dimensions, ProductData.blankToNull(mainImageUrl), active);
    }
}
