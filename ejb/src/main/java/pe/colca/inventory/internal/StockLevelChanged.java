package pe.colca.inventory.internal;

/**
 * A CDI event fired, synchronously and inside the transaction that made it, whenever the on-hand
 * or reserved quantity of one variant at one location changed (so its available quantity may
 * have crossed a threshold). Observers see the changed row and run in the same transaction.
 */
public record StockLevelChanged(long variantId, long locationId) {
}
