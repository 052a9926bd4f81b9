package pe.colca.catalog.pricing;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import pe.colca.catalog.ProductData;

/**
 * What a bulk price update selects and how it changes it. The selection is the live variants of live
 * products that match every criterion given: a category (with all its sub-categories), a brand, a
 * list of SKUs; at least one criterion is required.
 *
 * @param value the percentage (PERCENT, e.g. 10 or -5.5), the amount in soles (AMOUNT, e.g. 2.50 or
 *              -1) or the new price (SET)
 * @param justification why (required: it goes into every history row)
 */
public record BulkPriceRequest(
        Integer categoryId,
        Integer brandId,
        List<String> skus,
        @NotNull(message = "{catalog.bulk.mode.required}") BulkPriceMode mode,
        @NotNull(message = "{catalog.bulk.value.required}")
        @Digits(integer = 12, fraction = 4, message = "{catalog.bulk.value.digits}") BigDecimal value,
        @Size(max = 2000, message = "{catalog.price.justification.size}") String justification) {

    /** SKUs upper case (as stored), without blanks and repeats; blank justification as null. */
    public BulkPriceRequest normalized() {
        List<String> cleaned = null;
        if (skus != null) {
            LinkedHashSet<String> set = new LinkedHashSet<>();
            for (String sku : skus) {
                if (sku != null && !sku.isBlank()) {
                    set.add(sku.strip().toUpperCase(Locale.ROOT));
                }
            }
            cleaned = set.isEmpty() ? null : new ArrayList<>(set);
        }
        return new BulkPriceRequest(categoryId, brandId, cleaned, mode, value, ProductData.blankToNull(justification));
    }

    public boolean hasCriteria() {
        return categoryId != null || brandId != null || (skus != null && !skus.isEmpty());
    }
}
