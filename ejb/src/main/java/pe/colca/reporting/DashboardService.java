package pe.colca.reporting;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;

/**
 * The live figures of the console's home page. They are counted when asked (no cache), so the
 * numbers are exact at {@link Counts#countedAt()}; every authenticated user may read them.
 */
@Local
public interface DashboardService {

    /** Counts everything in one round trip to the database. */
    Counts counts();

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
}
