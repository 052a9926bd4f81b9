package pe.colca.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A coupon code (unique, never reused) that unlocks a {@link Promotion} (by id), usable at most
 * {@code maxUses} times (null: unlimited) until {@code expiresAt} (null: no expiry).
 */
@Entity
@Table(name = "coupons")
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coupons_seq")
    @SequenceGenerator(name = "coupons_seq", sequenceName = "coupons_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", length = 60, nullable = false, updatable = false)
    private String code;

    @Column(name = "promotion_id", nullable = false, updatable = false)
    private Long promotionId;

    @Column(name = "max_uses")
    private Integer maxUses;

    @Column(name = "used_count", nullable = false)
    private int usedCount;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected Coupon() {
    }

    public Coupon(String code, Long promotionId, Integer maxUses, Instant expiresAt) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code is required");
        }
        if (maxUses != null && maxUses <= 0) {
            throw new IllegalArgumentException("maxUses must be positive: " + maxUses);
        }
        this.code = code.strip();
        this.promotionId = Objects.requireNonNull(promotionId, "promotionId");
        this.maxUses = maxUses;
        this.expiresAt = expiresAt;
    }

    /** Not expired at {@code at} and with uses left. */
    public boolean isRedeemableAt(Instant at) {
        return (expiresAt == null || at.isBefore(expiresAt)) && (maxUses == null || usedCount < maxUses);
    }

    /** Uses the coupon once; refuses an expired or used-up coupon. */
    public void redeem(Instant at) {
        if (!isRedeemableAt(at)) {
            throw new IllegalStateException("coupon " + code + " is expired or used up");
        }
        usedCount++;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Long getPromotionId() {
        return promotionId;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public int getUsedCount() {
        return usedCount;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
