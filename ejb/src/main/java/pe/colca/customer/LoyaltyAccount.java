package pe.colca.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The loyalty points of one customer. The balance never goes negative; lifetime points only grow
 * with what is earned. Every change returns the {@link LoyaltyMovement} the caller persists in the
 * same transaction. Optimistic locking: two concurrent redemptions cannot both spend the same points.
 */
@Entity
@Table(name = "loyalty_accounts")
public class LoyaltyAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loyalty_accounts_seq")
    @SequenceGenerator(name = "loyalty_accounts_seq", sequenceName = "loyalty_accounts_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "points_balance", nullable = false)
    private int pointsBalance;

    @Column(name = "lifetime_points", nullable = false)
    private int lifetimePoints;

    @Column(name = "last_movement_at")
    private Instant lastMovementAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LoyaltyAccount() {
    }

    public LoyaltyAccount(Long customerId) {
        this.customerId = Objects.requireNonNull(customerId, "customerId");
    }

    /** Adds points (e.g. for a paid order). */
    public LoyaltyMovement earn(int points, Long orderId, String reason) {
        positive(points);
        pointsBalance = Math.addExact(pointsBalance, points);
        lifetimePoints = Math.addExact(lifetimePoints, points);
        return movement(LoyaltyMovementType.EARN, points, orderId, reason);
    }

    /** Spends points; refuses to spend more than the balance. */
    public LoyaltyMovement redeem(int points, Long orderId, String reason) {
        positive(points);
        if (points > pointsBalance) {
            throw new IllegalStateException("cannot redeem " + points + " points from loyalty account " + id
                    + ": balance is " + pointsBalance);
        }
        pointsBalance -= points;
        return movement(LoyaltyMovementType.REDEEM, -points, orderId, reason);
    }

    public boolean canRedeem(int points) {
        return points > 0 && points <= pointsBalance;
    }

    private LoyaltyMovement movement(LoyaltyMovementType type, int signedPoints, Long orderId, String reason) {
        if (id == null) {
            throw new IllegalStateException("persist the loyalty account before moving points");
        }
        LoyaltyMovement movement = new LoyaltyMovement(id, type, signedPoints, orderId, reason);
        lastMovementAt = movement.getCreatedAt();
        return movement;
    }

    private static void positive(int points) {
        if (points <= 0) {
            throw new IllegalArgumentException("points must be positive: " + points);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public int getPointsBalance() {
        return pointsBalance;
    }

    public int getLifetimePoints() {
        return lifetimePoints;
    }

    public Instant getLastMovementAt() {
        return lastMovementAt;
    }

    public long getVersion() {
        return version;
    }
}
