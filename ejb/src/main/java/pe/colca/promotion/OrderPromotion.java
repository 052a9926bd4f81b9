package pe.colca.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A promotion (and the coupon that unlocked it, if any) applied to an order, with the discount obtained. */
@Entity
@Table(name = "order_promotions")
public class OrderPromotion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_promotions_seq")
    @SequenceGenerator(name = "order_promotions_seq", sequenceName = "order_promotions_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "promotion_id", nullable = false)
    private Long promotionId;

    @Column(name = "coupon_id")
    private Long couponId;

    @Column(name = "amount_discounted", precision = 14, scale = 2, nullable = false)
    private BigDecimal amountDiscounted;

    protected OrderPromotion() {
    }

    public OrderPromotion(Long orderId, Long promotionId, Long couponId, BigDecimal amountDiscounted) {
        Objects.requireNonNull(amountDiscounted, "amountDiscounted");
        if (amountDiscounted.signum() < 0) {
            throw new IllegalArgumentException("amountDiscounted must not be negative: " + amountDiscounted);
        }
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.promotionId = Objects.requireNonNull(promotionId, "promotionId");
        this.couponId = couponId;
        this.amountDiscounted = amountDiscounted.setScale(2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getPromotionId() {
        return promotionId;
    }

    public Long getCouponId() {
        return couponId;
    }

    public BigDecimal getAmountDiscounted() {
        return amountDiscounted;
    }
}
