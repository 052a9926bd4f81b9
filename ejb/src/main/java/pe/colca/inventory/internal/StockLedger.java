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
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.NotForSale;
import pe.colca.catalog.VariantInfo;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
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
 *   the ledger line is written in the same transaction ({@link #post}), so "on hand equals the sum
 *   of the movements" has a single implementation. The first receipt creates the row with
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
        InventoryStock stock = lockedOrCreated(variantId, to);
        stock.receive(quantity, user());
        return audited(post(stock, type, null, to, quantity, referenceDoc, notes));
    }

    /** Stock leaves {@code from}; refused with {@link StockInsufficient} beyond the available quantity. */
    public MovementPosted debit(long variantId, Location from, int quantity, MovementType type, String referenceDoc,
                                String notes) {
        InventoryStock stock = locked(variantId, from.getId());
        withdraw(stock, variantId, from, quantity);
        return audited(post(stock, type, from, null, quantity, referenceDoc, notes));
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

    /** Writes the ledger line of a change already applied to {@code stock}, and announces the change. */
    public MovementPosted post(InventoryStock stock, MovementType type, Location from, Location to, int quantity,
                               String referenceDoc, String notes) {
        InventoryMovement movement = new InventoryMovement(type, stock.getVariantId(),
                from == null ? null : from.getId().longValue(), to == null ? null : to.getId().longValue(),
                quantity, user(), referenceDoc, notes);
        em.persist(movement);
        em.flush();
        changed(stock.getVariantId(), stock.getLocationId());
        return new MovementPosted(movement, stock);
    }

    /** Announces that the stock of the pair changed (for changes made by plain SQL, e.g. reservations). */
    public void changed(long variantId, long locationId) {
        changes.fire(new StockLevelChanged(variantId, locationId));
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
        int updated = em.createNativeQuery("UPDATE inventory_stock SET quantity_reserved = quantity_reserved + :q,"
                        + " version = version + 1, last_updated_at = now(), last_updated_by = :user"
                        + " WHERE variant_id = :v AND location_id = :l AND quantity_on_hand - quantity_reserved >= :q")
                .setParameter("q", quantity)
                .unwrap(NativeQuery.class).setParameter("user", user(), Long.class)
                .setParameter("v", variantId)
                .setParameter("l", at.getId().longValue())
                .executeUpdate();
        if (updated == 0) {
            throw new StockInsufficient(variantId, at.getId(), quantity, available(variantId, at.getId()));
        }
        changed(variantId, at.getId());
    }

    /**
     * Reserved units go back to available (the caller removed the reservation rows in this
     * transaction); {@code by} is null for the sweep. Guarded so reserved never drops below zero.
     */
    public void release(long variantId, long locationId, int quantity, Long by) {
        int updated = em.createNativeQuery("UPDATE inventory_stock SET quantity_reserved = quantity_reserved - :q,"
                        + " version = version + 1, last_updated_at = now(), last_updated_by = :user"
                        + " WHERE variant_id = :v AND location_id = :l AND quantity_reserved >= :q")
                .setParameter("q", quantity)
                .unwrap(NativeQuery.class).setParameter("user", by, Long.class)
                .setParameter("v", variantId)
                .setParameter("l", locationId)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("cannot give back " + quantity + " reserved units of variant " + variantId
                    + " at location " + locationId + ": the stock row holds fewer");
        }
        changed(variantId, locationId);
    }

    /**
     * Reserved units leave as a sale (the caller removed the reservation row): reserved and on hand
     * both go down in one guarded UPDATE, and the SALE line is written.
     */
    public MovementPosted sellReserved(long variantId, Location at, int quantity, String referenceDoc, String notes) {
        long locationId = at.getId();
        int updated = em.createNativeQuery("UPDATE inventory_stock SET quantity_reserved = quantity_reserved - :q,"
                        + " quantity_on_hand = quantity_on_hand - :q, version = version + 1, last_updated_at = now(),"
                        + " last_updated_by = :user"
                        + " WHERE variant_id = :v AND location_id = :l AND quantity_reserved >= :q")
                .setParameter("q", quantity)
                .unwrap(NativeQuery.class).setParameter("user", user(), Long.class)
                .setParameter("v", variantId)
                .setParameter("l", locationId)
                .executeUpdate();
        if (updated != 1) {
            // reserved units are always counted in the stock row; anything else is a broken invariant
            throw new IllegalStateException(quantity + " reserved units of variant " + variantId + " at location "
                    + locationId + " are missing from the stock row");
        }
        InventoryStock stock = em.createQuery(
                        "SELECT s FROM InventoryStock s WHERE s.variantId = :v AND s.locationId = :l", InventoryStock.class)
                .setParameter("v", variantId).setParameter("l", locationId).getSingleResult();
        em.refresh(stock);
        // the UPDATE above changed the row: only the line remains to be written
        return post(stock, MovementType.SALE, at, null, quantity, referenceDoc, notes);
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
