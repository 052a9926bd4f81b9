package pe.colca.inventory.alert;

import java.io.Serializable;

/**
 * Filters of the alert thresholds list; null means "any".
 *
 * @param locationId only this location
 * @param text       part of the SKU or of the product name (case-insensitive)
 * @param below      only raised (true) or only not raised (false) alerts
 * @param active     only active (true) or only inactive (false) thresholds
 */
public record StockAlertFilter(Integer locationId, String text, Boolean below, Boolean active) implements Serializable {
}
