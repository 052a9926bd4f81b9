package pe.colca.catalog.pricing;

/**
 * What an applied bulk price update changed.
 *
 * @param operationId        the reference id of every history row it wrote ({@code reference_source =
 *                           bulk_price_update})
 * @param changedVariants    variants whose effective price changed (one history row each)
 * @param basePricesChanged  products whose base price changed (all their variants following it were selected)
 * @param overridesChanged   variants whose own price (override) was set or changed
 */
public record BulkPriceResult(String operationId, int changedVariants, int basePricesChanged, int overridesChanged) {
}
