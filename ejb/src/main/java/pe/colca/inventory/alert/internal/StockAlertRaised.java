package pe.colca.inventory.alert.internal;

/**
 * A CDI event fired by {@link StockAlertWatcher} inside the stock transaction when that transaction
 * crossed a threshold (the one that flipped {@code inventory_alerts.is_below} to true). Observed
 * after the transaction commits, to notify the staff.
 */
public record StockAlertRaised(long alertId, long variantId, long locationId, int available, int threshold) {
}
