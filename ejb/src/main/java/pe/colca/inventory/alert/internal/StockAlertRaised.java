package pe.colca.inventory.alert.internal;

/**
 * A CDI event fired by {@link StockAlertWatcher} inside the stock transaction when that transaction
 * crossed a threshold (the one that flipped {@code inventory_alerts.is_below} to true). Observed
 * in the same transaction by {@link StockAlertNotifier}, which enqueues the staff's notifications.
 */
public record StockAlertRaised(long alertId, long variantId, long locationId, int available, int threshold) {
}
