package pe.colca.inventory.internal;

/**
 * A CDI event fired, synchronously and inside the transaction that made it, whenever the on-hand
 * or reserved quantity of one variant at one location changed (so its available quantity may
 * have crossed a threshold), or a threshold changed.
 *
 * <p>{@code afterCommit} tells the alerts when to look: a stock change made by {@link StockLedger}
 * holds the row lock of the pair until its commit, so the alert is evaluated after the commit (in a
 * transaction of its own) and never lengthens that lock; a threshold change (the alerts screen) is
 * evaluated at once, in its own transaction, so the screen shows the new state.
 * {@code availableAfter} is the available quantity right after this change (null when unknown): a
 * dip below the threshold is then noticed even when the stock is back above it by the time the
 * deferred evaluation runs.
 */
public record StockLevelChanged(long variantId, long locationId, Integer availableAfter, boolean afterCommit) {

    /** A change evaluated at once, in the changing transaction (threshold edits). */
    public StockLevelChanged(long variantId, long locationId) {
        this(variantId, locationId, null, false);
    }
}
