package pe.colca.inventory;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Stock per variant × location, the movement ledger and reservations. Every method is one
 * transaction: each change of on-hand stock writes its immutable {@link InventoryMovement} in the
 * same transaction, so for every pair on hand equals the signed sum of its ledger lines
 * ({@link #reconcile}). Stock never goes negative and reserved never exceeds on hand (Java checks
 * plus the CHECK constraints of {@code inventory_stock}). Inactive locations accept no movements
 * ({@link LocationInactive}); sales and reservations need a location that sells
 * ({@link LocationNotSelling}).
 *
 * <p>Permissions: {@code inventory.view} (queries), {@code inventory.receive} (receipts, and with
 * {@code order.fulfill} customer returns), {@code order.fulfill} (direct sales),
 * {@code inventory.adjust} (adjustments, the manual sweep), {@code inventory.reserve} (reservations).
 */
@Local
public interface InventoryService {

    // ------------------------------------------------------------------ movements

    /** A purchase receipt: units enter the location (the stock row is created on the first receipt). */
    MovementPosted receive(StockChange change);

    /** A direct sale of unreserved units. @throws StockInsufficient when fewer are available */
    MovementPosted sell(StockChange change);

    /** A customer brings units back into the location. */
    MovementPosted acceptReturn(StockChange change);

    /** A manual correction (signed quantity) with a reason; audited. @throws StockInsufficient when removing more than available */
    MovementPosted adjust(StockAdjustment adjustment);

    /** One ledger line. @throws pe.colca.common.RecordNotFound */
    InventoryMovement movement(long id);

    /** Ledger lines, newest first. */
    Page<InventoryMovement> movements(MovementFilter filter, PageRequest page);

    // ------------------------------------------------------------------ stock queries

    /** The stock of a variant at every location that has a row, ordered by location. */
    List<InventoryStock> stockOfVariant(long variantId);

    /** The stock rows of a location, paged. */
    Page<InventoryStock> stockAtLocation(int locationId, StockFilter filter, PageRequest page);

    /** The stock of one pair; an unsaved all-zero row when the variant never entered the location. */
    InventoryStock stock(long variantId, int locationId);

    // ------------------------------------------------------------------ console read models (read-only)

    /**
     * The stock lines of a location with SKU, product name, cost and low-stock flag, paged; sort
     * fields {@code sku}, {@code product}, {@code onHand}, {@code reserved}, {@code available},
     * {@code updatedAt} (default SKU).
     */
    Page<StockLine> stockLines(int locationId, StockLineFilter filter, PageRequest page);

    /** Lines, units, low / out of stock counts and the valuation at cost of a location. */
    StockSummary stockSummary(int locationId, int defaultLowStock);

    /** SKU and product name of the given variants (deleted ones too), by id. */
    java.util.Map<Long, VariantLabel> variantLabels(java.util.Collection<Long> variantIds);

    /** The live variant with this barcode or SKU (the catalog's look-up), or null. */
    VariantLabel variantBySku(String sku);

    // ------------------------------------------------------------------ reservations

    /**
     * Holds units for a session until the TTL passes.
     *
     * @throws StockInsufficient (with the available quantity) when fewer units are available
     */
    Reservation reserve(ReservationRequest request);

    /** @throws ReservationNotFound */
    Reservation reservation(long id);

    /**
     * Pushes the expiry to now + TTL ({@code ttlSeconds} optional, at most the configured TTL);
     * never shortens it.
     */
    Reservation extend(long reservationId, Integer ttlSeconds);

    /** Gives the units back at once. @throws ReservationNotFound when already released, swept or converted */
    void release(long reservationId);

    /**
     * Turns the reservation into a sale atomically: the reservation disappears, reserved and on hand
     * both go down, a SALE line is written.
     */
    MovementPosted convert(long reservationId, String referenceDoc);

    /** Releases every expired reservation now (what the scheduled sweep does); returns how many. */
    int releaseExpiredReservations();

    // ------------------------------------------------------------------ reconciliation

    /**
     * Every variant × location (optionally only one variant and/or one location) whose on hand differs
     * from the signed sum of its movements; empty when the inventory is consistent.
     */
    List<LedgerMismatch> reconcile(Long variantId, Integer locationId);
}
