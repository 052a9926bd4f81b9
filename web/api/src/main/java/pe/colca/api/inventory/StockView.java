package pe.colca.api.inventory;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.InventoryStock;

/** The stock of one variant at one location. */
@JsonbPropertyOrder({"variantId", "locationId", "onHand", "reserved", "available", "version", "lastCountedAt",
        "lastUpdatedAt"})
@Schema(name = "Stock", description = "Stock of a variant at a location: on hand, reserved, available.")
public record StockView(
        @Schema(example = "1201") long variantId,
        @Schema(example = "3") long locationId,
        @Schema(description = "Units physically at the location.", example = "12") int onHand,
        @Schema(description = "Units held by reservations.", example = "2") int reserved,
        @Schema(description = "On hand minus reserved: what can still be reserved or sold.", example = "10") int available,
        @Schema(description = "Optimistic lock version of the row.", example = "7") long version,
        @Schema(nullable = true) Instant lastCountedAt,
        @Schema(nullable = true) Instant lastUpdatedAt) {

    public static StockView of(InventoryStock s) {
        return new StockView(s.getVariantId(), s.getLocationId(), s.getQuantityOnHand(), s.getQuantityReserved(),
                s.available(), s.getVersion(), LocationView.stored(s.getLastCountedAt()),
                LocationView.stored(s.getLastUpdatedAt()));
    }
}
