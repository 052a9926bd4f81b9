package pe.colca.inventory.alert;

import java.io.Serializable;
import java.time.Instant;

/**
 * A low-stock threshold as the alerts screen and API show it: the rule, the variant's SKU and
 * product name, the location, the available units now and the alert's state.
 *
 * @param available   on hand − reserved now (0 when the variant has no stock row at the location)
 * @param below       the alert is raised: available fell below the threshold and has not recovered
 * @param triggerCount how many alerts the rule has raised
 */
public record StockAlertLine(long id, long variantId, String sku, String productName, long locationId,
                             String locationCode, String locationName, int threshold, int available,
                             boolean active, boolean below, Instant lastTriggeredAt, Instant lastRecoveredAt,
                             int triggerCount, long version) implements Serializable {
}
