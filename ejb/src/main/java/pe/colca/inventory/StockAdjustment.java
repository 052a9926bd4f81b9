package pe.colca.inventory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A manual correction of on-hand stock: {@code quantity} is signed (positive adds units, negative
 * removes them, never zero); a reason is required and kept as the movement's notes.
 */
public record StockAdjustment(
        @NotNull(message = "{inventory.variant.required}") @Positive(message = "{inventory.variant.required}")
        Long variantId,
        @NotNull(message = "{inventory.location.required}") @Positive(message = "{inventory.location.required}")
        Integer locationId,
        @NotNull(message = "{inventory.quantity.required}")
        @Min(value = -1_000_000, message = "{inventory.quantity.max}")
        @Max(value = 1_000_000, message = "{inventory.quantity.max}")
        Integer quantity,
        @NotBlank(message = "{inventory.reason.required}") @Size(max = 2000, message = "{inventory.notes.size}")
        String reason,
        @Size(max = 100, message = "{inventory.referenceDoc.size}")
        String referenceDoc) {

    @AssertTrue(message = "{inventory.adjustment.nonZero}")
    public boolean isQuantity() {
        return quantity == null || quantity != 0;
    }

    public StockAdjustment normalized() {
        return new StockAdjustment(variantId, locationId, quantity, StockChange.blankToNull(reason),
                StockChange.blankToNull(referenceDoc));
    }
}
