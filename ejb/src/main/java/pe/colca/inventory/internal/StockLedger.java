package pe.colca.inventory.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.query.NativeQuery;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.NotForSale;
import pe.colca.catalog.VariantInfo;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.common.SqlFailure;
import pe.colca.inventory.InventoryMovement;
import pe.colca.inventory.InventoryStock;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.location.LocationInactive;
import pe.colca.inventory.location.LocationNotSelling;
import pe.colca.inventory.MovementPosted;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.StockInsufficient;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

/**
 * The one stock path: every SQL statement and every entity change that alters an
 * {@code inventory_stock} row is in this bean, inside the caller's transaction (MANDATORY), and
 * every change fires {@link StockLevelChanged} (alerts listen to it). Permission checks belong to
 * the calling service; this bean is internal to the inventory area.
 *
 * <ul>
 *   <li><b>On-hand changes</b> — receipts, sales, returns, adjustments, transfers out and in, count
 *   corrections — go through {@link #credit}/{@link #debit}: the row is taken with
 *   {@code SELECT ... FOR UPDATE} and changed through the entity's guarded mutators
 *   ({@link InventoryStock#receive}, {@link InventoryStock#withdraw}), so the Java checks run on the
 *   current values and concurrent writers queue on the row instead of failing on {@code @Version};
 *   the ledger line is written in the same transaction, first (before the row is locked), so "on
 *   hand equals the sum of the movements" has a single implementation and the row lock is held only
 *   for the change and the commit. The first receipt creates the row with
 *   {@code INSERT ... ON CONFLICT DO NOTHING}, so two first receipts cannot collide on the key.</li>
 *   <li><b>Reservations</b> (the hot path) are one conditional {@code UPDATE} each
 *   ({@link #reserve}, {@link #release}, {@link #sellReserved}): {@code quantity_reserved =
 *   quantity_reserved + q ... WHERE ... AND quantity_on_hand - quantity_reserved >= q}. PostgreSQL
 *   takes the row lock and a writer that waited for it re-evaluates the {@code WHERE} on the
 *   committed row (READ COMMITTED), so of M concurrent requests for the last N units exactly N
 *   match and the others see 0 rows ({@link StockInsufficient} with the available quantity): one
 *   round trip, nothing to retry, oversell impossible. Release and conversion are guarded the same
 *   way so reserved never drops below 0 nor on hand below reserved. They bump {@code version}, so an
 *   entity read earlier elsewhere still loses its optimistic check. Why not {@code @Version} with a
 *   retry loop: on a hot SKU most attempts would collide and retry; why not {@code SELECT ... FOR
 *   UPDATE} plus an entity change: two round trips while holding the lock.</li>
 *   <li><b>The row lock is the last thing taken.</b> Every other write of the transaction (the
 *   reservation row, the ledger line) goes first; the statement on {@code inventory_stock} is the
 *   last one before the commit. The low-stock alerts are evaluated after the commit
 *   ({@link StockLevelChanged#afterCommit()}); a reservation, release or conversion announces the
 *   pair only when its UPDATE returned that the pair has an active threshold (same round trip).</li>
 *   <li><b>Counts</b> correct on hand through {@link #credit}/{@link #debit} (COUNT_CORRECTION) and
 *   note the count date with {@link #markCounted}.</li>
 * </ul>
 *
 * <p>Lock order: a transaction touching several stock rows locks them in (variant, location) order
 * (transfer dispatch and receipt, count approval, the reservation sweep), so stock operations never
 * deadlock with each other; single-row operations hold one row lock only.
 *
 * <p>What may move: any variant the catalog knows and has not deleted may be received, returned,
 * adjusted, transferred and counted, sellable or not (stock of a discontinued product must stay
 * countable and movable); only reservations, sales and conversions require the catalog's
 * sellability rule ({@link #requireSellable}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockLedger {

    private static final Object USER_KEY = new Object();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @Inject
    private Event<StockLevelChanged> changes;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @EJB
    private CatalogReader catalog;

    @EJB
    private AuditTrail audit;

    /** Stock enters {@code to} (receipt, return, transfer in, positive adjustment or correction). */
    public MovementPosted credit(long variantId, Location to, int quantity, MovementType type, String referenceDoc,
                                 String notes) {
        // the ledger line first, the stock row last: its row lock is then held for the change and the commit
        InventoryMovement movement = line(type, variantId, null, to, quantity, referenceDoc, notes,
                () -> unknownVariant(variantId));
        InventoryStock stock = lockedOrCreated(variantId, to);
        stock.receive(quantity, user());
        return audited(posted(movement, stock));
    }

    /** Stock leaves {@code from}; refused with {@link StockInsufficient} beyond the available quantity. */
    public MovementPosted debit(long variantId, Location from, int quantity, MovementType type, String referenceDoc,
                                String notes) {
        // the ledger line first (a refusal below rolls it back), the stock row last
        InventoryMovement movement = line(type, variantId, from, null, quantity, referenceDoc, notes,
                () -> new StockInsufficient(variantId, from.getId(), quantity, 0));
        InventoryStock stock = locked(variantId, from.getId());
        withdraw(stock, variantId, from, quantity);
        return audited(posted(movement, stock));
    }

    /** The audit row of a receipt, direct sale or return (other movements are audited by their service). */
    private MovementPosted audited(MovementPosted posted) {
        InventoryMovement m = posted.movement();
        if (InventoryAudits.BY_LEDGER.contains(m.getMovementType())) {
            audit.recordAs(user(), m.getMovementType().name(), InventoryAudits.MOVEMENTS, m.getId(), null,
                    InventoryAudits.movement(m, posted.stock()));
        }
        return posted;
    }

    /**
     * Writes a ledger line (INSERT now, before the stock row is locked). A variant the catalog does
     * not know fails the line's foreign key: {@code unknown} says what the caller answered before the
     * line came first (invalid input for a receipt, nothing available for a withdrawal).
     */
    private InventoryMovement line(MovementType type, long variantId, Location from, Location to, int quantity,
                                   String referenceDoc, String notes, Supplier<RuntimeException> unknown) {
        InventoryMovement movement = new InventoryMovement(type, variantId,
                from == null ? null : from.getId().longValue(), to == null ? null : to.getId().longValue(),
                quantity, user(), referenceDoc, notes);
        em.persist(movement);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.FOREIGN_KEY_VIOLATION)) {
                throw unknown.get();
            }
            throw e;
        }
        return movement;
    }

    /** Writes the change of {@code stock} (its UPDATE) and announces it; the line was written first. */
    private MovementPosted posted(InventoryMovement movement, InventoryStock stock) {
        em.flush();
        changes.fire(new StockLevelChanged(stock.getVariantId(), stock.getLocationId(), stock.available(), true));
        return new MovementPosted(movement, stock);
    }

    /**
     * Announces that the stock of the pair changed (for changes made by plain SQL): the alerts look
     * at it after the commit, and only when the pair has an active threshold.
     */
    private void changed(long variantId, long locationId, After after) {
        if (after.watched()) {
            changes.fire(new StockLevelChanged(variantId, locationId, after.available(), true));
        }
    }

    public void withdraw(InventoryStock stock, long variantId, Location location, int quantity) {
        if (stock == null || stock.available() < quantity) {
            throw new StockInsufficient(variantId, location.getId(), quantity, stock == null ? 0 : stock.available());
        }
        stock.withdraw(quantity, user());
    }

    /** The stock row under a row lock (SELECT ... FOR UPDATE), or null when the pair has none. */
    public InventoryStock locked(long variantId, long locationId) {
        List<InventoryStock> found = em.createQuery(
                        "SELECT s FROM InventoryStock s WHERE s.variantId = :v AND s.locationId = :l", InventoryStock.class)
                .setParameter("v", variantId)
                .setParameter("l", locationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** As {@link #locked}, creating the row first when the variant never entered the location. */
    public InventoryStock lockedOrCreated(long variantId, Location location) {
        InventoryStock stock = locked(variantId, location.getId());
        if (stock != null) {
            return stock;
        }
        requireVariant(variantId);
        // two first receipts at once: one inserts, the other does nothing and then waits for the row lock
        em.createNativeQuery("INSERT INTO inventory_stock (id, location_id, variant_id, quantity_on_hand,"
                        + " quantity_reserved, version, last_updated_at, last_updated_by)"
                        + " VALUES (nextval('inventory_stock_seq'), :l, :v, 0, 0, 0, now(), :user)"
                        + " ON CONFLICT (variant_id, location_id) DO NOTHING")
                .setParameter("l", location.getId().longValue())
                .setParameter("v", variantId)
                .unwrap(NativeQuery.class).setParameter("user", user(), Long.class)
                .executeUpdate();
        return locked(variantId, location.getId());
    }

    /** Refuses a variant that does not exist or is deleted (invalid input on {@code variantId}). */
    public VariantInfo requireVariant(long variantId) {
        return catalog.variant(variantId).filter(v -> !CatalogReader.deleted(v))
                .orElseThrow(() -> unknownVariant(variantId));
    }

    /**
     * The variant, when the catalog's rule ({@link pe.colca.catalog.Sellability}) lets it be
     * reserved, sold or converted now: one indexed read of {@code catalog_variant_index}, done before
     * any stock row is locked. An unknown id is invalid input on {@code variantId} (400, as for the
     * other movements); a known variant that cannot be sold is {@link NotForSale} (422, naming its SKU
     * and why).
     */
    public VariantInfo requireSellable(long variantId) {
        VariantInfo info = catalog.variant(variantId).orElseThrow(() -> unknownVariant(variantId));
        if (!info.sellable()) {
            throw new NotForSale(info.sku(), info.notSellableReasonKey());
        }
        return info;
    }

    private InvalidInput unknownVariant(long variantId) {
        return InvalidInput.of("variantId", Messages.format(request.getLocale(), "inventory.variant.unknown",
                String.valueOf(variantId)));
    }

    // ------------------------------------------------------------------------------ reservations

    /**
     * Sets {@code quantity} units of the pair aside: the one conditional UPDATE (see the class
     * comment). The caller inserted the reservation row first, so the row lock of a hot SKU is held
     * only for this UPDATE and the commit.
     *
     * @throws StockInsufficient with the available quantity when fewer units are available
     */
    public void reserve(long variantId, Location at, int quantity) {
        Optional<After> after = after(em.createNativeQuery("UPDATE inventory_stock SET quantity_reserved = quantity_reserved + :q,"
                        + " version = version + 1, last_updated_at = now(), last_updated_by = :user"
                        + " WHERE variant_id = :v AND location_id = :l AND quantity_on_hand - quantity_reserved >= :q"
                        + RETURNING)
                .setParameter("q", quantity)
                .unwrap(NativeQuery.class).setParameter("user", user(), Long.class)
                .setParameter("v", variantId)
                .setParameter("l", at.getId().longValue()));
        if (after.isEmpty()) {
            throw new StockInsufficient(variantId, at.getId(), quantity, available(variantId, at.getId()));
        }
        changed(variantId, at.getId(), after.get());
    }

    /**
     * Reserved units go back to available (the caller removed the reservation rows in this
     * transaction); {@code by} is null for the sweep. Guarded so reserved never drops below zero.
     */
    public void release(long variantId, long locationId, int quantity, Long by) {
        Optional<After> after = after(em.createNativeQuery("UPDATE inventory_stock SET quantity_reserved = quantity_reserved - :q,"
                        + " version = version + 1, last_updated_at = now(), last_updated_by = :user"
                        + " WHERE variant_id = :v AND location_id = :l AND quantity_reserved >= :q" + RETURNING)
                .setParameter("q", quantity)
                .unwrap(NativeQuery.class).setParameter("user", by, Long.class)
                .setParameter("v", variantId)
                .setParameter("l", locationId));
        if (after.isEmpty()) {
            throw new IllegalStateException("cannot give back " + quantity + " reserved units of variant " + variantId
                    + " at location " + locationId + ": the stock row holds fewer");
        }
        changed(variantId, locationId, after.get());
    }

    /**
     * Reserved units leave as a sale (the caller removed the reservation row): reserved and on hand
     * both go down in one guarded UPDATE, and the SALE line is written.
     */
    public MovementPosted sellReserved(long variantId, Location at, int quantity, String referenceDoc, String notes) {
        Sold sold = sold(variantId, at, quantity, referenceDoc, notes);
        // the row as it stands now: read once (a copy this transaction held already is refreshed)
        InventoryStock stock = em.find(InventoryStock.class, sold.after().stockId());
        if (stock.getVersion() != sold.after().version()) {
            em.refresh(stock);
        }
        return new MovementPosted(sold.movement(), stock);
    }

    /**
     * As {@link #sellReserved}, for a caller that needs only the SALE line (an order's conversions): the stock
     * row is not read back (three SELECTs per checkout, bench/README.md session 8).
     */
    public InventoryMovement sellReservedLine(long variantId, Location at, int quantity, String referenceDoc,
                                              String notes) {
        return sold(variantId, at, quantity, referenceDoc, notes).movement();
    }

    private record Sold(InventoryMovement movement, After after) {
    }

    private Sold sold(long variantId, Location at, int quantity, String referenceDoc, String notes) {
        long locationId = at.getId();
        // the SALE line first, the stock row last (a failure rolls the line back)
        InventoryMovement movement = line(MovementType.SALE, variantId, at, null, quantity, referenceDoc, notes,
                () -> unknownVariant(variantId));
        Optional<After> after = after(em.createNativeQuery("UPDATE inventory_stock SET quantity_reserved = quantity_reserved - :q,"
                        + " quantity_on_hand = quantity_on_hand - :q, version = version + 1, last_updated_at = now(),"
                        + " last_updated_by = :user"
                        + " WHERE variant_id = :v AND location_id = :l AND quantity_reserved >= :q" + RETURNING)
                .setParameter("q", quantity)
                .unwrap(NativeQuery.class).setParameter("user", user(), Long.class)
                .setParameter("v", variantId)
                .setParameter("l", locationId));
        if (after.isEmpty()) {
            // reserved units are always counted in the stock row; anything else is a broken invariant
            throw new IllegalStateException(quantity + " reserved units of variant " + variantId + " at location "
                    + locationId + " are missing from the stock row");
        }
        changed(variantId, locationId, after.get());
        return new Sold(movement, after.get());
    }

    /**
     * What every reservation UPDATE returns, in the same round trip: the row's id and version, the available
     * quantity after the change, and whether the pair has an active low-stock threshold (only then
     * do the alerts look at it, after the commit).
     */
    private static final String RETURNING = " RETURNING id, version, quantity_on_hand - quantity_reserved, EXISTS (SELECT 1"
            + " FROM inventory_alerts a WHERE a.variant_id = inventory_stock.variant_id"
            + " AND a.location_id = inventory_stock.location_id AND a.is_active)";

    /** The row a {@link #RETURNING} UPDATE changed. */
    private record After(long stockId, long version, int available, boolean watched) {
    }

    /** Runs a {@link #RETURNING} UPDATE: the changed row, or empty when its WHERE matched none. */
    private static Optional<After> after(NativeQuery<?> update) {
        List<?> rows = update.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new After(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).intValue(), Boolean.TRUE.equals(row[3])));
    }

    /** Notes that an approved physical count covered the pair (the quantity is corrected by credit/debit). */
    public void markCounted(InventoryStock stock, Instant at) {
        if (stock != null) {
            stock.markCounted(at);
        }
    }

    /** The available quantity now (0 when the pair has no stock row). */
    public int available(long variantId, long locationId) {
        List<?> found = em.createNativeQuery("SELECT quantity_on_hand - quantity_reserved FROM inventory_stock"
                        + " WHERE variant_id = :v AND location_id = :l")
                .setParameter("v", variantId).setParameter("l", locationId).getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).intValue();
    }

    /** A live location, or an invalid-input error on {@code locationId}. */
    public Location location(int id) {
        Location location = em.find(Location.class, id);
        if (location == null || (location.getDeletion() != null && location.getDeletion().isDeleted())) {
            throw InvalidInput.of("locationId", Messages.format(request.getLocale(), "inventory.location.unknown",
                    String.valueOf(id)));
        }
        return location;
    }

    /** A location that accepts movements (live and active). */
    public Location movableLocation(int id) {
        Location location = location(id);
        if (!location.isActive()) {
            throw new LocationInactive(location.getCode());
        }
        return location;
    }

    /** A location the POS may sell from. */
    public Location sellingLocation(int id) {
        Location location = movableLocation(id);
        if (!location.canSell()) {
            throw new LocationNotSelling(location.getCode());
        }
        return location;
    }

    /** The caller's user id, looked up once per transaction (an operation needs it several times). */
    @SuppressWarnings("unchecked")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Long user() {
        if (transaction.getTransactionKey() == null) {
            return caller.userId().orElse(null);
        }
        Optional<Long> known = (Optional<Long>) transaction.getResource(USER_KEY);
        if (known == null) {
            known = caller.userId();
            transaction.putResource(USER_KEY, known);
        }
        return known.orElse(null);
    }
}
