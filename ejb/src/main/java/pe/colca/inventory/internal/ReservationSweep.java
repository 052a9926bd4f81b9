package pe.colca.inventory.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Releases expired reservations in batches, each batch its own transaction, so a large backlog
 * never becomes one long transaction. The batch picks the oldest expired rows through the
 * {@code expires_at} index with {@code FOR UPDATE SKIP LOCKED}: several nodes (or the timer and the
 * manual endpoint) sweeping at once never take the same reservation, and a reservation being
 * converted or extended right now is skipped (and re-checked by the next run). Converted and
 * released reservations have no row any more, so they can never be released twice. The units go
 * back through {@link StockLedger#release}, pair by pair in (variant, location) order.
 */
@Stateless
@PermitAll
public class ReservationSweep {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ReservationSweep.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private StockLedger ledger;

    /** Every expired reservation, batch after batch; returns how many were released. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int releaseAllExpired() {
        ReservationSweep self = context.getBusinessObject(ReservationSweep.class);
        int total = 0;
        for (int round = 0; round < 1_000; round++) {
            int released = self.releaseExpiredBatch(BATCH);
            total += released;
            if (released < BATCH) {
                break;
            }
        }
        if (total > 0) {
            LOG.fine("released expired reservations: " + total);
        }
        return total;
    }

    /** One batch of at most {@code limit} expired reservations, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int releaseExpiredBatch(int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, variant_id, location_id, quantity"
                        + " FROM inventory_reservations WHERE expires_at < now()"
                        + " ORDER BY expires_at LIMIT :n FOR UPDATE SKIP LOCKED")
                .setParameter("n", limit)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>(rows.size());
        Map<String, long[]> perPair = new TreeMap<>(); // sorted: stock rows locked in one order
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            long variant = ((Number) row[1]).longValue();
            long location = ((Number) row[2]).longValue();
            long[] sum = perPair.computeIfAbsent(String.format("%019d:%019d", variant, location),
                    k -> new long[] {variant, location, 0});
            sum[2] += ((Number) row[3]).longValue();
        }
        em.createNativeQuery("DELETE FROM inventory_reservations WHERE id IN (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
        for (long[] pair : perPair.values()) {
            ledger.release(pair[0], pair[1], (int) pair[2], null);
        }
        return ids.size();
    }
}
