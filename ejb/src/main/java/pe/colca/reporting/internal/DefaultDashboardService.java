package pe.colca.reporting.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

    @Override
    @RolesAllowed("inventory.view")
    public List<LowStockAlert> lowStockAlerts(int limit) {
        List<LowStockAlert> alerts = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT a.id, a.variant_id, v.sku, p.name, a.location_id, l.code, l.name,"
                        + " coalesce(s.quantity_available, 0), a.min_threshold, a.last_triggered_at"
                        + " FROM inventory_alerts a"
                        + " JOIN product_variants v ON v.id = a.variant_id"
                        + " JOIN products p ON p.id = v.product_id"
                        + " JOIN locations l ON l.id = a.location_id"
                        + " LEFT JOIN inventory_stock s ON s.variant_id = a.variant_id AND s.location_id = a.location_id"
                        + " WHERE a.is_below AND a.is_active"
                        + " ORDER BY a.last_triggered_at DESC NULLS LAST, a.id DESC")
                .setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList()) {
            Object[] r = (Object[]) o;
            alerts.add(new LowStockAlert(number(r[0]), number(r[1]), (String) r[2], (String) r[3], number(r[4]),
                    (String) r[5], (String) r[6], (int) number(r[7]), (int) number(r[8]), instant(r[9])));
        }
        return alerts;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant()
                : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
