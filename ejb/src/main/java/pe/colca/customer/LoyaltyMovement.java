package pe.colca.customer;

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
 * One line of a loyalty account's ledger (immutable), created by {@link LoyaltyAccount}. Points are
 * signed: positive adds to the balance, negative takes from it. The table is partitioned by year on
 * {@code created_at} (primary key {@code (id, created_at)}); the entity keeps {@code @Id id}.
 */
@Entity
@Table(name = "loyalty_movements")
public class LoyaltyMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loyalty_movements_seq")
    @SequenceGenerator(name = "loyalty_movements_seq", sequenceName = "loyalty_movements_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "loyalty_account_id", nullable = false)
    private Long loyaltyAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 30, nullable = false)
    private LoyaltyMovementType type;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "reason")
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LoyaltyMovement() {
    }

    LoyaltyMovement(Long loyaltyAccountId, LoyaltyMovementType type, int points, Long orderId, String reason) {
        this.loyaltyAccountId = Objects.requireNonNull(loyaltyAccountId, "loyaltyAccountId");
        this.type = Objects.requireNonNull(type, "type");
        this.points = points;
        this.orderId = orderId;
        this.reason = reason;
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

    public Long getLoyaltyAccountId() {
        return loyaltyAccountId;
    }

    public LoyaltyMovementType getType() {
        return type;
    }

    public int getPoints() {
        return points;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
