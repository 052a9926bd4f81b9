package pe.colca.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The pricing rules of the catalog, free of persistence so they can be tested alone.
 * <ul>
 * <li>the effective price of a variant is its override, else the product's base price;</li>
 * <li>a price is never zero or negative (an active variant must always be sellable);</li>
 * <li>a change of more than {@code catalog.price.justification_threshold_pct} percent (strictly
 * above; relative to the old price) needs a justification; a first price needs none.</li>
 * </ul>
 */
public final class PricePolicy {

    private PricePolicy() {
    }

    public static BigDecimal effective(BigDecimal override, BigDecimal base) {
        return override != null ? override : base;
    }

    /** Amounts are kept with 2 decimals, HALF_UP. */
    public static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static boolean isPositive(BigDecimal price) {
        return price != null && money(price).signum() > 0;
    }

    /** The change in percent of the old price (absolute value), 2 decimals; null without an old price. */
    public static BigDecimal changePercent(BigDecimal oldPrice, BigDecimal newPrice) {
        if (oldPrice == null || oldPrice.signum() == 0 || newPrice == null) {
            return null;
        }
        return newPrice.subtract(oldPrice).abs().multiply(BigDecimal.valueOf(100))
                .divide(oldPrice, 2, RoundingMode.HALF_UP);
    }

    /** True if moving from {@code oldPrice} to {@code newPrice} exceeds the threshold (in percent). */
    public static boolean needsJustification(BigDecimal oldPrice, BigDecimal newPrice, BigDecimal thresholdPct) {
        if (oldPrice == null || newPrice == null || oldPrice.compareTo(newPrice) == 0) {
            return false;
        }
        if (oldPrice.signum() == 0) {
            return true; // from nothing to something is an unbounded change
        }
        BigDecimal exact = newPrice.subtract(oldPrice).abs().multiply(BigDecimal.valueOf(100));
        return exact.compareTo(thresholdPct.multiply(oldPrice)) > 0;
    }

    /** Refuses the change without a justification when it is above the threshold. */
    public static void requireJustification(BigDecimal oldPrice, BigDecimal newPrice, BigDecimal thresholdPct,
                                            String justification) {
        if (needsJustification(oldPrice, newPrice, thresholdPct)
                && (justification == null || justification.isBlank())) {
            throw new JustificationRequired(changePercent(oldPrice, newPrice), thresholdPct);
        }
    }

    /** Price minus cost, or null without a cost. Negative means the cost is above the price. */
    public static BigDecimal margin(BigDecimal price, BigDecimal cost) {
        return price == null || cost == null ? null : price.subtract(cost);
    }

    /** Margin as percent of the price (2 decimals), or null. */
    public static BigDecimal marginPercent(BigDecimal price, BigDecimal cost) {
        if (price == null || cost == null || price.signum() == 0) {
            return null;
        }
        return price.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(price, 2, RoundingMode.HALF_UP);
    }
}
