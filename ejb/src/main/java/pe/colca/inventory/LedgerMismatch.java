package pe.colca.inventory;

/**
 * A variant × location whose on-hand stock differs from the sum of its ledger lines (entering
 * units count positive, leaving units negative). A consistent inventory has none.
 */
public record LedgerMismatch(long variantId, long locationId, long onHand, long ledgerSum) {
}
