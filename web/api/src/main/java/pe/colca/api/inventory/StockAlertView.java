package pe.colca.api.inventory;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.alert.StockAlertLine;

/** A low-stock threshold of a variant at a location and the state of its alert. */
@JsonbPropertyOrder({"id", "variantId", "sku", "productName", "locationId", "locationCode", "locationName",
        "threshold", "available", "active", "state", "lastTriggeredAt", "lastRecoveredAt", "triggerCount", "version"})
@Schema(name = "StockAlert", description = "A low-stock threshold and the state of its alert.")
public record StockAlertView(
        @Schema(example = "51") long id,
        @Schema(example = "1201") long variantId,
        @Schema(example = "POLO-BAS-M-NEG") String sku,
        @Schema(example = "Polo básico") String productName,
        @Schema(example = "3") long locationId,
        @Schema(example = "LIM-01") String locationCode,
        @Schema(example = "Tienda Miraflores") String locationName,
        @Schema(description = "Alert when available falls below this.", example = "5") int threshold,
        @Schema(description = "On hand minus reserved now.", example = "4") int available,
        @Schema(description = "An inactive threshold never alerts.") boolean active,
        @Schema(description = "BELOW: the alert is raised (available fell below the threshold and has not "
                + "recovered); OK: armed.", enumeration = {"BELOW", "OK"}) String state,
        @Schema(nullable = true, description = "When the last alert was raised.") Instant lastTriggeredAt,
        @Schema(nullable = true, description = "When the stock last got back to the threshold.") Instant lastRecoveredAt,
        @Schema(description = "How many alerts this threshold raised.", example = "2") int triggerCount,
        @Schema(description = "Optimistic lock version (the ETag).", example = "0") long version) {

    static StockAlertView of(StockAlertLine a) {
        return new StockAlertView(a.id(), a.variantId(), a.sku(), a.productName(), a.locationId(), a.locationCode(),
                a.locationName(), a.threshold(), a.available(), a.active(), a.below() ? "BELOW" : "OK",
                LocationView.stored(a.lastTriggeredAt()), LocationView.stored(a.lastRecoveredAt()), a.triggerCount(),
                a.version());
    }
}
