package pe.colca.catalog;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A price change asked for by a user or another area.
 *
 * @param newPrice the new price; for a variant, null removes the override (back to the base price)
 * @param type BASE (a manager's change; the default) or PROMO (a promotion); BULK is the import's
 * @param referenceSource what caused it (e.g. {@code promotion}), optional
 * @param referenceId the id of that cause, optional
 */
public record PriceChangeData(
        @Digits(integer = 12, fraction = 2, message = "{catalog.price.digits}") BigDecimal newPrice,
        @Size(max = 2000, message = "{catalog.price.justification.size}") String justification,
        PriceChangeType type,
        @Size(max = 60, message = "{catalog.price.reference.size}") String referenceSource,
        @Size(max = 60, message = "{catalog.price.reference.size}") String referenceId) {

    public PriceChangeData normalized() {
        return new PriceChangeData(newPrice, ProductData.blankToNull(justification),
                type == null ? PriceChangeType.BASE : type, ProductData.blankToNull(referenceSource),
                ProductData.blankToNull(referenceId));
    }
}
