package pe.colca.inventory.transfer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import pe.colca.inventory.StockChange;

/** The editable content of a draft transfer: from where, to where, notes and the lines. */
public record TransferDraft(
        @NotNull(message = "{inventory.transfer.from.required}") @Positive(message = "{inventory.transfer.from.required}")
        Integer fromLocationId,
        @NotNull(message = "{inventory.transfer.to.required}") @Positive(message = "{inventory.transfer.to.required}")
        Integer toLocationId,
        @Size(max = 2000, message = "{inventory.notes.size}")
        String notes,
        @NotEmpty(message = "{inventory.transfer.lines.required}") @Size(max = 500, message = "{inventory.transfer.lines.max}")
        List<@Valid @NotNull(message = "{inventory.transfer.lines.required}") TransferLineInput> lines) {

    @AssertTrue(message = "{inventory.transfer.sameLocation}")
    public boolean isToLocation() {
        return fromLocationId == null || !Objects.equals(fromLocationId, toLocationId);
    }

    public TransferDraft normalized() {
        return new TransferDraft(fromLocationId, toLocationId, StockChange.blankToNull(notes), lines);
    }
}
