package pe.colca.reporting;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;

/**
 * The live figures of the console's home page. They are counted when asked (no cache), so the
 * numbers are exact at {@link Counts#countedAt()}; they are business figures of the whole chain, so
 * reading them needs {@value #COUNTS_PERMISSION}.
 */
@Local
public interface DashboardService {

    /** The permission of {@link #counts()}: the chain's totals are a report. */
    String COUNTS_PERMISSION = "report.view";

    /** Counts everything in one round trip to the database; needs {@value #COUNTS_PERMISSION}. */
    Counts counts();

    /**
     * The low-stock alerts raised now (active thresholds whose available stock is below them),
     * newest first, at most {@code limit}; needs {@code inventory.view}.
     */
    java.util.List<LowStockAlert> lowStockAlerts(int limit);

    /**
     * The home page's figures.
     *
     * @param products live (not deleted) products
     * @param stockRows rows of {@code inventory_stock} (one per variant and location)
     * @param customers live (not deleted) customers
     * @param ordersToday live orders created since midnight in Lima (America/Lima)
     * @param activeLocations live locations marked active
     * @param countedAt when the figures were taken
     */
    record Counts(long products, long stockRows, long customers, long ordersToday, long activeLocations,
                  Instant countedAt) implements Serializable {
    }

    /**
     * A raised low-stock alert as the home page lists it.
     *
     * @param triggeredAt when the stock fell below the threshold
     */
    record LowStockAlert(long alertId, long variantId, String sku, String productName, long locationId,
                         String locationCode, String locationName, int available, int threshold,
                         Instant triggeredAt) implements Serializable {
    }
}
