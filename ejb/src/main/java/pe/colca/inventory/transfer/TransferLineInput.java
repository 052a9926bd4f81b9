package pe.colca.inventory.transfer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One line of a draft transfer: the variant by id, or by its SKU or barcode (as scanned), and the
 * quantity to send. Lines of the same variant are merged (their quantities added).
 */
public record TransferLineInput(
        @Positive(message = "{inventory.variant.required}")
        Long variantId,
        @Size(max = 60, message = "{inventory.transfer.code.size}")
        String code,
        @NotNull(message = "{inventory.quantity.required}") @Min(value = 1, message = "{inventory.quantity.positive}")
        @Max(value = 1_000_000, message = "{inventory.quantity.max}")
        Integer quantity) implements Serializable {

    @AssertTrue(message = "{inventory.transfer.line.variant}")
    public boolean isVariant() {
        return variantId != null || (code != null && !code.isBlank());
    }
}
