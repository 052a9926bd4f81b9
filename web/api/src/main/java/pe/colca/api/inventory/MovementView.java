package pe.colca.api.inventory;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.InventoryMovement;

/** One line of the stock ledger. */
@JsonbPropertyOrder({"id", "type", "variantId", "fromLocationId", "toLocationId", "quantity", "userId",
        "referenceDoc", "notes", "createdAt"})
@Schema(name = "Movement", description = "An immutable ledger line: quantity leaves fromLocationId (if any) and "
        + "enters toLocationId (if any).")
public record MovementView(
        long id,
        @Schema(enumeration = {"PURCHASE_RECEIPT", "SALE", "CUSTOMER_RETURN", "TRANSFER_OUT", "TRANSFER_IN",
                "ADJUSTMENT", "COUNT_CORRECTION"}) String type,
        long variantId,
        @Schema(nullable = true) Long fromLocationId,
        @Schema(nullable = true) Long toLocationId,
        @Schema(description = "Always positive.") int quantity,
        @Schema(nullable = true) Long userId,
        @Schema(nullable = true) String referenceDoc,
        @Schema(nullable = true) String notes,
        Instant createdAt) {

    public static MovementView of(InventoryMovement m) {
        return new MovementView(m.getId(), m.getMovementType().name(), m.getVariantId(), m.getFromLocationId(),
                m.getToLocationId(), m.getQuantity(), m.getUserId(), m.getReferenceDoc(), m.getNotes(),
                LocationView.stored(m.getCreatedAt()));
    }
}
