package pe.colca.inventory.count.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.hibernate.query.NativeQuery;
import pe.colca.inventory.count.SnapshotType;

/**
 * The full audit snapshot: one {@code inventory_audit_snapshots} row per stock row, written by one
 * set-based {@code INSERT ... SELECT} (never row by row). {@code snapshot_quantity} is the on hand,
 * {@code discrepancy} the signed sum of the pair's ledger lines minus the on hand: 0 when the ledger
 * reconciles, so an auditor finds a broken pair by {@code discrepancy <> 0}. All rows of one
 * snapshot share {@code snapshot_at} (the transaction's {@code now()}).
 *
 * <p>The daily run ({@link SnapshotTimer}) is due at the time of the setting
 * {@value #TIME_SETTING} (default 02:00) in the business time zone (setting {@code timezone},
 * default America/Lima): it runs when that time of today has passed and no SCHEDULED snapshot was
 * written since, so a changed setting applies the same day, a run missed while the server was down
 * happens as soon as it is up, and several nodes write it once (an advisory lock serialises them).
 * Internal to the inventory area; permission checks belong to the caller.
 */
@Stateless
@PermitAll
public class FullSnapshot {

    static final String TIME_SETTING = "inventory.snapshot.daily_time";
    static final String ZONE_SETTING = "timezone";
    private static final Logger LOG = Logger.getLogger(FullSnapshot.class.getName());

    @PersistenceContext
    private EntityManager em;

    /** Typed, cached system settings (the snapshot time, the business time zone). */
    @jakarta.ejb.EJB
    private pe.colca.settings.Settings settings;

    /** Writes the snapshot; returns the number of rows (one per stock row). */
    public int take(SnapshotType type, Long by) {
        return em.createNativeQuery("INSERT INTO inventory_audit_snapshots (id, variant_id, location_id,"
                        + " snapshot_quantity, discrepancy, snapshot_type, triggered_by, snapshot_at)"
                        + " SELECT nextval('inventory_audit_snapshots_seq'), s.variant_id, s.location_id,"
                        + " s.quantity_on_hand, (coalesce(l.total, 0) - s.quantity_on_hand)::integer, :type, :by, now()"
                        + " FROM inventory_stock s LEFT JOIN ("
                        + "   SELECT variant_id, location_id, sum(q) AS total FROM ("
                        + "     SELECT variant_id, to_location_id AS location_id, quantity::bigint AS q"
                        + "       FROM inventory_movements WHERE to_location_id IS NOT NULL"
                        + "     UNION ALL"
                        + "     SELECT variant_id, from_location_id, -quantity::bigint"
                        + "       FROM inventory_movements WHERE from_location_id IS NOT NULL) m"
                        + "   GROUP BY variant_id, location_id) l"
                        + " ON l.variant_id = s.variant_id AND l.location_id = s.location_id"
                        + " ORDER BY s.location_id, s.variant_id")
                .setParameter("type", type.name())
                .unwrap(NativeQuery.class).setParameter("by", by, Long.class)
                .executeUpdate();
    }

    /** The daily SCHEDULED snapshot when it is due (see the class comment); returns the rows written. */
    public int takeScheduledIfDue() {
        ZoneId zone = zone();
        LocalTime at = dailyTime();
        Instant now = Instant.now();
        Instant due = LocalDate.now(zone).atTime(at).atZone(zone).toInstant();
        if (now.isBefore(due)) {
            return 0;
        }
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('inventory.snapshot.scheduled'))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        Object last = em.createNativeQuery("SELECT max(snapshot_at) FROM inventory_audit_snapshots"
                + " WHERE snapshot_type = 'SCHEDULED'").getSingleResult();
        Instant lastAt = last instanceof OffsetDateTime o ? o.toInstant()
                : last instanceof Instant i ? i
                : last instanceof java.sql.Timestamp t ? t.toInstant() : null;
        if (lastAt != null && !lastAt.isBefore(due)) {
            return 0;
        }
        int rows = take(SnapshotType.SCHEDULED, null);
        LOG.info(() -> "scheduled inventory snapshot: " + rows + " stock rows");
        return rows;
    }

    LocalTime dailyTime() {
        return settings.localTime(TIME_SETTING);
    }

    private ZoneId zone() {
        return ZoneId.of(settings.text(ZONE_SETTING));
    }
}
