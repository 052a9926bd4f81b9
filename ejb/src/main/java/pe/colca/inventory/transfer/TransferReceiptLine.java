package pe.colca.inventory.transfer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;

/** Units of one transfer line received now (the line by its id). */
public record TransferReceiptLine(
        @NotNull(message = "{inventory.transfer.line.required}") @Positive(message = "{inventory.transfer.line.required}")
        Long lineId,
        @NotNull(message = "{inventory.quantity.required}") @Min(value = 1, message = "{inventory.quantity.positive}")
        @Max(value = 1_000_000, message = "{inventory.quantity.max}")
        Integer quantity) implements Serializable {
}
