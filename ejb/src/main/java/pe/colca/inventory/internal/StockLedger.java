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
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;
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
import pe.colca.security.Caller;

/**
 * The one place that changes on-hand stock and writes its ledger line, inside the caller's
 * transaction (MANDATORY): receipts, sales, returns, adjustments, transfers and count corrections
 * all go through {@link #credit}/{@link #debit} (or the lower-level {@link #locked}/{@link #post}),
 * so the rule "on hand equals the sum of the movements" has a single implementation. Every change
 * fires {@link StockLevelChanged} (alerts listen to it). Permission checks belong to the calling
 * service; this bean is internal to the inventory area.
 *
 * <p>Locking: the stock row is taken with {@code SELECT ... FOR UPDATE} and changed through the
 * entity's guarded mutators, so concurrent writers queue on the row instead of failing on
 * {@code @Version}. A caller touching several rows in one transaction must lock them in (variant,
 * location) order to stay free of deadlocks.
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

    /** Stock enters {@code to} (receipt, return, transfer in, positive adjustment or correction). */
    public MovementPosted credit(long variantId, Location to, int quantity, MovementType type, String referenceDoc,
                                 String notes) {
        InventoryStock stock = lockedOrCreated(variantId, to);
        stock.receive(quantity, user());
        return post(stock, type, null, to, quantity, referenceDoc, notes);
    }

    /** Stock leaves {@code from}; refused with {@link StockInsufficient} beyond the available quantity. */
    public MovementPosted debit(long variantId, Location from, int quantity, MovementType type, String referenceDoc,
                                String notes) {
        InventoryStock stock = locked(variantId, from.getId());
        withdraw(stock, variantId, from, quantity);
        return post(stock, type, from, null, quantity, referenceDoc, notes);
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
    public void requireVariant(long variantId) {
        Number exists = (Number) em.createNativeQuery(
                        "SELECT count(*) FROM product_variants WHERE id = :v AND deleted_at IS NULL")
                .setParameter("v", variantId).getSingleResult();
        if (exists.longValue() == 0) {
            throw InvalidInput.of("variantId", Messages.format(request.getLocale(), "inventory.variant.unknown",
                    String.valueOf(variantId)));
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
