package pe.colca.inventory.alert.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import pe.colca.inventory.internal.StockLevelChanged;

/**
 * Raises the low-stock alerts: one per crossing below the threshold, re-armed when available stock
 * is back at the threshold or above.
 *
 * <p><b>When</b>: a stock change ({@link StockLevelChanged#afterCommit()}, every change made by the
 * stock ledger) is evaluated <em>after</em> its transaction committed, in a transaction of its own
 * ({@link #evaluateCommitted}, called from one interposed synchronization per transaction), so the
 * row lock of a hot stock row is never held for the alert's reads and writes. The ledger only
 * announces a reservation, release or conversion when the pair has an active threshold (its UPDATE
 * returns that in the same round trip), so a pair without threshold costs nothing. A threshold
 * change (the alerts screen and API) is evaluated at once, in its own transaction, so the answer
 * shows the new state.
 *
 * <p><b>How</b>, per pair: the alert row is taken with {@code SELECT ... FOR UPDATE} (so the
 * evaluations of one pair run one after the other), then the available quantity is read as
 * committed now. The change's own figure ({@link StockLevelChanged#availableAfter()}) counts too:
 * a dip below the threshold raises the alert even when the stock is back above it by the time the
 * evaluation runs (the alert is then raised and re-armed at once), so no crossing is missed. A
 * raise sets {@code is_below} with a conditional {@code UPDATE ... WHERE NOT is_below}: of several
 * evaluations of one crossing, exactly one raises. A raise fires {@link StockAlertRaised}, which
 * {@link StockAlertNotifier} turns into {@code PENDING} rows of the notification outbox in the same
 * (evaluation) transaction: the crossing and its notifications commit together.
 *
 * <p>What is given up: the evaluation runs after the stock commit, so a crash (or a database error)
 * between the two leaves that crossing unevaluated until the pair's next change is evaluated (the
 * state is derived from the current stock every time, so it converges); the failure is logged.
 *
 * <p>A session bean (its observers are business methods) rather than a CDI bean: WildFly then
 * resolves the persistence context like for every other bean of the module.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockAlertWatcher {

    private static final Logger LOG = Logger.getLogger(StockAlertWatcher.class.getName());
    private static final Object PENDING = new Object();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<StockAlertRaised> raised;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Resource
    private SessionContext context;

    /** Evaluates the pair now (threshold changes) or registers it for after the commit (stock changes). */
    @SuppressWarnings("unchecked")
    public void onStockChanged(@Observes StockLevelChanged change) {
        if (!change.afterCommit()) {
            evaluate(change.variantId(), change.locationId(), null);
            return;
        }
        TreeMap<Pair, Integer> pending = (TreeMap<Pair, Integer>) transaction.getResource(PENDING);
        if (pending == null) {
            pending = new TreeMap<>(Pair.ORDER);
            transaction.putResource(PENDING, pending);
            transaction.registerInterposedSynchronization(
                    new AfterCommit(context.getBusinessObject(StockAlertWatcher.class), pending));
        }
        // the lowest figure the pair reached in this transaction
        pending.merge(new Pair(change.variantId(), change.locationId()),
                change.availableAfter() == null ? Integer.MAX_VALUE : change.availableAfter(), Math::min);
    }

    /** The evaluation of the pairs a committed transaction changed, in (variant, location) order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void evaluateCommitted(List<Changed> changes) {
        for (Changed c : changes) {
            evaluate(c.pair().variantId(), c.pair().locationId(), c.lowest() == Integer.MAX_VALUE ? null : c.lowest());
        }
    }

    private void evaluate(long variantId, long locationId, Integer availableAfter) {
        Optional<AlertState> found = em.createNativeQuery("SELECT id, min_threshold, is_below FROM inventory_alerts"
                        + " WHERE variant_id = :v AND location_id = :l AND is_active FOR UPDATE")
                .setParameter("v", variantId)
                .setParameter("l", locationId)
                .getResultList().stream().findFirst().map(AlertState::of);
        if (found.isEmpty()) {
            return;
        }
        AlertState alert = found.get();
        // read after the alert row lock: the stock as committed now
        int available = ((Number) em.createNativeQuery("SELECT coalesce(max(quantity_on_hand - quantity_reserved), 0)"
                        + " FROM inventory_stock WHERE variant_id = :v AND location_id = :l")
                .setParameter("v", variantId)
                .setParameter("l", locationId)
                .getSingleResult()).intValue();
        int lowest = availableAfter == null ? available : Math.min(availableAfter, available);
        boolean belowNow = available < alert.threshold();
        if (lowest < alert.threshold() && !alert.below()) {
            int crossed = em.createNativeQuery("UPDATE inventory_alerts SET is_below = :below,"
                            + " last_triggered_at = now(), trigger_count = trigger_count + 1,"
                            + " last_recovered_at = CASE WHEN :below THEN last_recovered_at ELSE now() END"
                            + " WHERE id = :id AND is_active AND NOT is_below")
                    .setParameter("below", belowNow)
                    .setParameter("id", alert.id()).executeUpdate();
            if (crossed == 1) {
                raised.fire(new StockAlertRaised(alert.id(), variantId, locationId, lowest, alert.threshold()));
            }
        } else if (!belowNow && alert.below()) {
            em.createNativeQuery("UPDATE inventory_alerts SET is_below = false, last_recovered_at = now()"
                            + " WHERE id = :id AND is_below")
                    .setParameter("id", alert.id()).executeUpdate();
        }
    }

    /** A (variant, location) pair. */
    public record Pair(long variantId, long locationId) {
        static final Comparator<Pair> ORDER = Comparator.comparingLong(Pair::variantId)
                .thenComparingLong(Pair::locationId);
    }

    /** A pair a committed transaction changed, with the lowest available figure it reached (MAX_VALUE: unknown). */
    public record Changed(Pair pair, int lowest) {
    }

    /** The state of an active alert. */
    private record AlertState(long id, int threshold, boolean below) {
        static AlertState of(Object row) {
            Object[] r = (Object[]) row;
            return new AlertState(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), Boolean.TRUE.equals(r[2]));
        }
    }

    /** Evaluates the pairs once their transaction committed; never throws (the stock change has committed). */
    private record AfterCommit(StockAlertWatcher watcher, TreeMap<Pair, Integer> pending) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing: the evaluation reads the committed stock
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            List<Changed> changes = new ArrayList<>();
            pending.forEach((pair, lowest) -> changes.add(new Changed(pair, lowest)));
            try {
                watcher.evaluateCommitted(changes);
            } catch (RuntimeException e) {
                LOG.warning("low-stock alerts of " + changes + " not evaluated after the commit (" + e
                        + "); the pair's next change evaluates it again");
            }
        }
    }
}
