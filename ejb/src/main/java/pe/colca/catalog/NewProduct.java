package pe.colca.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/** A product to create: its description, its base price and its first variant(s) — never none. */
public record NewProduct(
        @NotNull(message = "{error.bodyRequired}") @Valid ProductData product,
        @NotNull(message = "{catalog.product.basePrice.required}")
        @Digits(integer = 12, fraction = 2, message = "{catalog.price.digits}")
        BigDecimal basePrice,
        @NotEmpty(message = "{catalog.product.variants.required}") List<@Valid @NotNull VariantData> variants) {
}
