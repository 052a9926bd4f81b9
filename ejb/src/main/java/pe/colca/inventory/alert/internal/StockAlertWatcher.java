package pe.colca.inventory.alert.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pe.colca.inventory.internal.StockLevelChanged;

/**
 * Raises the low-stock alerts: one per crossing below the threshold, re-armed when available stock
 * is back at the threshold or above.
 *
 * <p><b>Inside the stock transaction</b> ({@link #onStockChanged}, synchronous observer of
 * {@link StockLevelChanged}): one lookup by the unique (variant, location) index of
 * {@code inventory_alerts} joined to the stock row (nothing else happens when the pair has no
 * active threshold, so the reservation hot path pays one index probe), then at most one conditional
 * {@code UPDATE} that flips the state: {@code SET is_below = true ... WHERE id = ? AND NOT is_below}.
 * The stock row is locked by the changing transaction and a concurrent UPDATE of the alert row waits
 * for the row lock and re-evaluates the {@code WHERE} (READ COMMITTED), so of many concurrent sales
 * across the threshold exactly one sees 1 updated row: that one raises the alert. The state is
 * therefore exactly as transactional as the stock: a rolled-back sale raises nothing.
 *
 * <p><b>The notification</b>: the crossing fires {@link StockAlertRaised}, which
 * {@link StockAlertNotifier} observes in the same transaction and turns into {@code PENDING} rows of
 * the notification outbox ({@code pe.colca.notification.Notifications}). The crossing and its
 * notifications commit together or not at all; delivery happens after the commit, driven from the
 * rows, so a broker failure never rolls back a sale and a crash never loses a notification.
 *
 * <p>A session bean (its observers are business methods) rather than a CDI bean: WildFly then
 * resolves the persistence context like for every other bean of the module.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockAlertWatcher {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<StockAlertRaised> raised;

    /** Checks the pair's threshold and flips the alert state when this change crossed it. */
    public void onStockChanged(@Observes StockLevelChanged change) {
        List<?> found = em.createNativeQuery("SELECT a.id, a.min_threshold, a.is_below,"
                        + " coalesce(s.quantity_on_hand - s.quantity_reserved, 0)"
                        + " FROM inventory_alerts a LEFT JOIN inventory_stock s"
                        + " ON s.variant_id = a.variant_id AND s.location_id = a.location_id"
                        + " WHERE a.variant_id = :v AND a.location_id = :l AND a.is_active")
                .setParameter("v", change.variantId())
                .setParameter("l", change.locationId())
                .getResultList();
        if (found.isEmpty()) {
            return;
        }
        Object[] row = (Object[]) found.get(0);
        long alertId = ((Number) row[0]).longValue();
        int threshold = ((Number) row[1]).intValue();
        boolean below = Boolean.TRUE.equals(row[2]);
        int available = ((Number) row[3]).intValue();
        if (available < threshold && !below) {
            int crossed = em.createNativeQuery("UPDATE inventory_alerts SET is_below = true,"
                            + " last_triggered_at = now(), trigger_count = trigger_count + 1"
                            + " WHERE id = :id AND is_active AND NOT is_below")
                    .setParameter("id", alertId).executeUpdate();
            if (crossed == 1) {
                raised.fire(new StockAlertRaised(alertId, change.variantId(), change.locationId(), available,
                        threshold));
            }
        } else if (available >= threshold && below) {
            em.createNativeQuery("UPDATE inventory_alerts SET is_below = false, last_recovered_at = now()"
                            + " WHERE id = :id AND is_below")
                    .setParameter("id", alertId).executeUpdate();
        }
    }
}
