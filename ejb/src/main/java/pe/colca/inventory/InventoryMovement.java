package pe.colca.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the stock ledger (immutable). Units go from {@code fromLocationId} (null for a receipt)
 * to {@code toLocationId} (null for a sale); the quantity is always positive, the direction is given
 * by the locations. The table is partitioned by month on {@code created_at}; its primary key is
 * {@code (id, created_at)} but the id alone is unique (one sequence), so the entity keeps {@code @Id id}.
 */
@Entity
@Table(name = "inventory_movements")
public class InventoryMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_movements_seq")
    @SequenceGenerator(name = "inventory_movements_seq", sequenceName = "inventory_movements_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "variant_id", nullable = false)
    private Long variantId;

    @Column(name = "from_location_id")
    private Long fromLocationId;

    @Column(name = "to_location_id")
    private Long toLocationId;

    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_type", length = 30, nullable = false)
    private MovementType movementType;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "reference_doc", length = 100)
    private String referenceDoc;

    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected InventoryMovement() {
    }

    public InventoryMovement(MovementType movementType, Long variantId, Long fromLocationId, Long toLocationId,
                             int quantity, Long userId, String referenceDoc, String notes) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        if (fromLocationId == null && toLocationId == null) {
            throw new IllegalArgumentException("a movement needs a source or a destination location");
        }
        if (fromLocationId != null && fromLocationId.equals(toLocationId)) {
            throw new IllegalArgumentException("a movement cannot go from a location to itself: " + fromLocationId);
        }
        this.movementType = Objects.requireNonNull(movementType, "movementType");
        this.variantId = Objects.requireNonNull(variantId, "variantId");
        this.fromLocationId = fromLocationId;
        this.toLocationId = toLocationId;
        this.quantity = quantity;
        this.userId = userId;
        this.referenceDoc = referenceDoc;
        this.notes = notes;
        this.createdAt = Instant.now();
    }

    @PrePersist
    void onCreate() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getVariantId() {
        return variantId;
    }

    public Long getFromLocationId() {
        return fromLocationId;
    }

    public Long getToLocationId() {
        return toLocationId;
    }

    public Long getUserId() {
        return userId;
    }

    public MovementType getMovementType() {
        return movementType;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getReferenceDoc() {
        return referenceDoc;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
