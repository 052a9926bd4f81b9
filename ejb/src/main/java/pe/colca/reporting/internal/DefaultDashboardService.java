package pe.colca.reporting.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import pe.colca.reporting.DashboardService;

/**
 * Reads the figures with native SQL over several areas' tables: a read-only report is the one place
 * where reporting may look at other areas' tables directly (architecture.md, "reporting"). Soft
 * deleted rows are not counted. "Today" is the calendar day in Lima, whatever the server's time zone.
 */
@Stateless
@PermitAll
public class DefaultDashboardService implements DashboardService {

    /** Midnight of today in Lima, as a timestamptz, computed by PostgreSQL. */
    private static final String LIMA_MIDNIGHT =
            "date_trunc('day', now() AT TIME ZONE 'America/Lima') AT TIME ZONE 'America/Lima'";

    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM products WHERE deleted_at IS NULL),
                   (SELECT count(*) FROM inventory_stock),
                   (SELECT count(*) FROM customers WHERE deleted_at IS NULL),
                   (SELECT count(*) FROM orders WHERE deleted_at IS NULL AND created_at >= %s),
                   (SELECT count(*) FROM locations WHERE is_active AND deleted_at IS NULL)
            """.formatted(LIMA_MIDNIGHT);

    @PersistenceContext
    private EntityManager em;

    @Override
    public Counts counts() {
        Object[] row = (Object[]) em.createNativeQuery(COUNTS).getSingleResult();
        return new Counts(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                Instant.now());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
