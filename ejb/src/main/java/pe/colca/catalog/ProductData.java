package pe.colca.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What a user describes on a product (create or edit). Prices are not here: the base price is given
 * once at creation ({@link NewProduct}) and changed through
 * {@link PriceService#changeBasePrice}, so every change leaves its history row.
 *
 * @param slug null or blank: generated from the name on creation, kept on edit
 */
public record ProductData(
        @NotBlank(message = "{catalog.product.name.required}")
        @Size(max = 200, message = "{catalog.product.name.size}")
        String name,
        @Size(max = 200, message = "{catalog.product.slug.size}")
        String slug,
        String descriptionShort,
        String descriptionLong,
        Long brandId,
        Long categoryId,
        @DecimalMin(value = "0", message = "{catalog.product.cost.min}")
        @Digits(integer = 12, fraction = 2, message = "{catalog.price.digits}")
        BigDecimal costPrice,
        @NotNull(message = "{catalog.product.taxCode.required}")
        TaxAffectation taxAffectation,
        @NotNull(message = "{catalog.product.status.required}")
        ProductStatus status,
        Map<String, Object> attributes) {

    /** Trims texts; blank optional texts become null. */
    public ProductData normalized() {
        return new ProductData(name == null ? null : name.strip(), blankToNull(slug),
                blankToNull(descriptionShort), blankToNull(descriptionLong), brandId, categoryId, costPrice,
                taxAffectation, status, attributes);
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
