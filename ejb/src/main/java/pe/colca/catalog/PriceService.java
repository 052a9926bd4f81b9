package pe.colca.catalog;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Prices of products and variants. Changes need {@code catalog.price.edit}, write one
 * {@code price_change_history} row per variant whose price changed and an audit row, in one
 * transaction; a change above {@code catalog.price.justification_threshold_pct} needs a
 * justification ({@link PricePolicy}). The CSV import and the bulk price update follow the same rules.
 */
@Local
public interface PriceService {

    /**
     * Changes the base price; writes a history row for every live variant without an override.
     *
     * @throws JustificationRequired when the change exceeds the threshold and no justification is given
     */
    Product changeBasePrice(long productId, long expectedVersion, PriceChangeData change);

    /** Sets (or with a null price removes) the variant's override; writes a history row. */
    ProductVariant changeVariantPrice(long variantId, long expectedVersion, PriceChangeData change);

    /** The variant's price history, newest first. */
    Page<PriceChange> priceHistory(long variantId, PageRequest page);

    /**
     * The variant's price history, newest first, with who made each change (name and e-mail), for
     * screens that show it.
     */
    Page<PriceHistoryLine> priceHistoryLines(long variantId, PageRequest page);
}
