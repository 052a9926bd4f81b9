package pe.colca.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Units of a variant held at a location for a checkout session until {@code expiresAt}. The expiry
 * job releases expired reservations (index on {@code expires_at}); the matching units are counted in
 * {@link InventoryStock#getQuantityReserved()}.
 */
@Entity
@Table(name = "inventory_reservations")
public class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_reservations_seq")
    @SequenceGenerator(name = "inventory_reservations_seq", sequenceName = "inventory_reservations_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "variant_id", nullable = false)
    private Long variantId;

    @Column(name = "location_id", nullable = false)
    private Long locationId;

    @Column(name = "session_id", length = 100, nullable = false)
    private String sessionId;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Who created it (V17; null for older rows): only he acts on it unless overridden (separation of duties). */
    @Column(name = "created_by")
    private Long createdBy;

    protected Reservation() {
    }

    public Reservation(Long variantId, Long locationId, String sessionId, int quantity, Instant expiresAt) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        if (sessionId == null || sessionId.isBlank()) {
            throw new IllegalArgumentException("sessionId is required");
        }
        this.variantId = Objects.requireNonNull(variantId, "variantId");
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        this.sessionId = sessionId;
        this.quantity = quantity;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Keeps the units held longer (the customer is still checking out); never shortens. */
    public void extendUntil(Instant newExpiry) {
        if (newExpiry.isAfter(expiresAt)) {
            this.expiresAt = newExpiry;
        }
    }

    /** Notes the user who creates the reservation (set once, before it is persisted). */
    public void createdBy(Long userId) {
        if (id == null) {
            this.createdBy = userId;
        }
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getVariantId() {
        return variantId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public String getSessionId() {
        return sessionId;
    }

    public int getQuantity() {
        return quantity;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
