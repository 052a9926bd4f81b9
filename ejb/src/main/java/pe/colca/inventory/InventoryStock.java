package pe.colca.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * The stock of one variant at one location (unique per variant and location).
 *
 * <p>Invariants, also backed by CHECK constraints: {@code quantityOnHand >= 0} and
 * {@code 0 <= quantityReserved <= quantityOnHand}. {@code quantity_available} is a generated column
 * ({@code on_hand - reserved}) that Hibernate never writes and re-reads after each insert or update.
 *
 * <p>Who changes it: only {@code inventory.internal.StockLedger} (the one stock path). On-hand
 * movements lock the row ({@code SELECT ... FOR UPDATE}) and call {@link #receive} or
 * {@link #withdraw}, which refuse, with an exception, a change that would break an invariant and
 * leave the row untouched; an approved count calls {@link #markCounted}. Reservations, releases and
 * conversions are conditional SQL {@code UPDATE}s in the ledger (one round trip on the hot path),
 * never entity changes, so this entity has no reserve/release mutators. Concurrent writers queue on
 * the row lock; {@code @Version} is bumped by every change (the SQL updates included), so an entity
 * read without the lock still loses its optimistic check.
 */
@Entity
@Table(name = "inventory_stock")
public class InventoryStock {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_stock_seq")
    @SequenceGenerator(name = "inventory_stock_seq", sequenceName = "inventory_stock_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "location_id", nullable = false)
    private Long locationId;

    @Column(name = "variant_id", nullable = false)
    private Long variantId;

    @Column(name = "quantity_on_hand", nullable = false)
    private int quantityOnHand;

    @Column(name = "quantity_reserved", nullable = false)
    private int quantityReserved;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "quantity_available", insertable = false, updatable = false)
    private Integer quantityAvailable;

    @Column(name = "last_counted_at")
    private Instant lastCountedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "last_updated_at")
    private Instant lastUpdatedAt;

    @Column(name = "last_updated_by")
    private Long lastUpdatedBy;

    protected InventoryStock() {
    }

    /** An empty stock row for a variant at a location. */
    public InventoryStock(Long variantId, Long locationId) {
        this.variantId = Objects.requireNonNull(variantId, "variantId");
        this.locationId = Objects.requireNonNull(locationId, "locationId");
    }

    /** A row as the database holds it, with units on hand and reserved (for tests of the guards). */
    InventoryStock(Long variantId, Long locationId, int onHand, int reserved) {
        this(variantId, locationId);
        if (onHand < 0 || reserved < 0 || reserved > onHand) {
            throw new IllegalArgumentException("on hand " + onHand + ", reserved " + reserved);
        }
        this.quantityOnHand = onHand;
        this.quantityReserved = reserved;
    }

    /** Units arrive (purchase receipt, transfer in, customer return, positive adjustment). */
    public void receive(int quantity, Long by) {
        positive(quantity);
        quantityOnHand = Math.addExact(quantityOnHand, quantity);
        touched(by);
    }

    /**
     * Unreserved units leave (a direct POS sale, transfer out, negative adjustment); only available
     * units can be withdrawn.
     */
    public void withdraw(int quantity, Long by) {
        positive(quantity);
        if (quantity > available()) {
            throw new IllegalStateException("cannot withdraw " + quantity + " of variant " + variantId
                    + " at location " + locationId + ": only " + available() + " available");
        }
        quantityOnHand -= quantity;
        touched(by);
    }

    /**
     * Notes that a physical count of the pair was approved at {@code at} (the quantity itself is
     * corrected through the ledger, never here).
     */
    public void markCounted(Instant at) {
        lastCountedAt = Objects.requireNonNull(at, "at");
    }

    /** Units that can still be reserved or sold: on hand minus reserved (always current in memory). */
    public int available() {
        return quantityOnHand - quantityReserved;
    }

    private void touched(Long by) {
        lastUpdatedBy = by;
        lastUpdatedAt = Instant.now();
    }

    private static void positive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    @PrePersist
    @PreUpdate
    void onWrite() {
        if (lastUpdatedAt == null) {
            lastUpdatedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getLocationId() {
        return locationId;
    }

    public Long getVariantId() {
        return variantId;
    }

    public int getQuantityOnHand() {
        return quantityOnHand;
    }

    public int getQuantityReserved() {
        return quantityReserved;
    }

    /** The generated column as last read from the database; prefer {@link #available()}. */
    public Integer getQuantityAvailable() {
        return quantityAvailable;
    }

    public Instant getLastCountedAt() {
        return lastCountedAt;
    }

    public long getVersion() {
        return version;
    }

    public Instant getLastUpdatedAt() {
        return lastUpdatedAt;
    }

    public Long getLastUpdatedBy() {
        return lastUpdatedBy;
    }
}
