package pe.colca.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Units entering or leaving one location: a purchase receipt, a direct sale or a customer return.
 * The quantity is always positive; the movement type gives the direction.
 */
public record StockChange(
        @NotNull(message = "{inventory.variant.required}") @Positive(message = "{inventory.variant.required}")
        Long variantId,
        @NotNull(message = "{inventory.location.required}") @Positive(message = "{inventory.location.required}")
        Integer locationId,
        @NotNull(message = "{inventory.quantity.required}") @Min(value = 1, message = "{inventory.quantity.positive}")
        @Max(value = 1_000_000, message = "{inventory.quantity.max}")
        Integer quantity,
        @Size(max = 100, message = "{inventory.referenceDoc.size}")
        String referenceDoc,
        @Size(max = 2000, message = "{inventory.notes.size}")
        String notes) {

    public StockChange normalized() {
        return new StockChange(variantId, locationId, quantity, blankToNull(referenceDoc), blankToNull(notes));
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
