package pe.colca.catalog.pricing;

import jakarta.ejb.Local;

/**
 * Bulk price updates: select variants by category (with its sub-categories), brand or SKUs; change
 * their prices by a percentage, an amount or to a fixed price (2 decimals, HALF_UP, see
 * {@link BulkPriceRule}); preview first, then apply. Needs {@code catalog.price.edit}.
 *
 * <p>What APPLY writes, per product: when every live variant that follows the product's base price is
 * selected, the base price changes once (what a manager expects of "Polos +10 %"); when only some of
 * them are selected, those get their own price (override). Variants that already have an override get
 * their override changed. Every variant whose price changes gets one {@code price_change_history} row
 * (BULK, {@code bulk_price_update}, the operation's UUID, the justification), all in one transaction.
 */
@Local
public interface BulkPriceService {

    /** Largest number of lines a preview returns. */
    int MAX_PREVIEW_LINES = 500;

    /**
     * What the update would do; writes nothing.
     *
     * @param limit how many lines to return (1 to {@link #MAX_PREVIEW_LINES}); totals cover them all
     * @throws pe.colca.common.InvalidInput without a criterion, mode or value
     */
    BulkPricePreview preview(BulkPriceRequest request, int limit);

    /**
     * Applies the update in one transaction.
     *
     * @param expectedFingerprint the preview's fingerprint, or null to skip that check
     * @throws pe.colca.common.InvalidInput without justification (or criterion, mode, value)
     * @throws BulkPriceRefused when a new price would be zero or less (nothing changed)
     * @throws BulkSelectionChanged when the fingerprint no longer matches
     */
    BulkPriceResult apply(BulkPriceRequest request, String expectedFingerprint);
}
