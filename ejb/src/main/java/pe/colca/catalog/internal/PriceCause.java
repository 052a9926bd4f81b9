package pe.colca.catalog.internal;

import pe.colca.catalog.PriceChangeData;
import pe.colca.catalog.PriceChangeType;

/**
 * Why a price changes, as its {@code price_change_history} rows record it.
 *
 * @param referenceSource what caused it; null: what was changed ({@code product}, {@code variant}, …)
 * @param referenceId the id of that cause; null: the id of what was changed
 * @param justification the justification given; the threshold rule reads only this
 * @param note what the history row says when no justification was given (e.g. the import's name); may be null
 */
public record PriceCause(PriceChangeType type, String referenceSource, String referenceId, String justification,
                         String note) {

    /** A change asked for on a screen or through the API. */
    public static PriceCause of(PriceChangeData c) {
        return new PriceCause(c.type(), c.referenceSource(), c.referenceId(), c.justification(), null);
    }

    /** The first price of a new variant, caused by {@code source} ({@code product.create}, {@code variant.create}). */
    static PriceCause first(String source) {
        return new PriceCause(PriceChangeType.BASE, source, null, null, null);
    }

    String recordedJustification() {
        return justification != null ? justification : note;
    }

    String source(String changed) {
        return referenceSource != null ? referenceSource : changed;
    }

    String reference(Object changedId) {
        return referenceId != null ? referenceId : String.valueOf(changedId);
    }
}
