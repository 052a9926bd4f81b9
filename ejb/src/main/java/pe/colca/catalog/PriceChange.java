package pe.colca.catalog;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a variant's price history (immutable): old and new price, why ({@link PriceChangeType}),
 * what caused it ({@code referenceSource}/{@code referenceId}, e.g. a promotion or a bulk import),
 * who and when.
 */
@Entity
@Table(name = "price_change_history")
public class PriceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_change_history_seq")
    @SequenceGenerator(name = "price_change_history_seq", sequenceName = "price_change_history_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "variant_id", nullable = false)
    private Long variantId;

    @Column(name = "old_price", precision = 14, scale = 2)
    private BigDecimal oldPrice;

    @Column(name = "new_price", precision = 14, scale = 2, nullable = false)
    private BigDecimal newPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", length = 30, nullable = false)
    private PriceChangeType changeType;

    @Column(name = "reference_source", length = 60)
    private String referenceSource;

    @Column(name = "reference_id", length = 60)
    private String referenceId;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "justification")
    private String justification;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PriceChange() {
    }

    public PriceChange(Long variantId, BigDecimal oldPrice, BigDecimal newPrice, PriceChangeType changeType,
                       Long changedBy, String justification) {
        this.variantId = Objects.requireNonNull(variantId, "variantId");
        this.oldPrice = oldPrice;
        this.newPrice = Product.money(newPrice, "newPrice");
        this.changeType = Objects.requireNonNull(changeType, "changeType");
        this.changedBy = changedBy;
        this.justification = justification;
        this.changedAt = Instant.now();
    }

    /** Names what caused the change, e.g. {@code ("promotion_id", "42")}. */
    public PriceChange causedBy(String referenceSource, String referenceId) {
        this.referenceSource = referenceSource;
        this.referenceId = referenceId;
        return this;
    }

    @PrePersist
    void onCreate() {
        if (changedAt == null) {
            changedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getVariantId() {
        return variantId;
    }

    public BigDecimal getOldPrice() {
        return oldPrice;
    }

    public BigDecimal getNewPrice() {
        return newPrice;
    }

    public PriceChangeType getChangeType() {
        return changeType;
    }

    public String getReferenceSource() {
        return referenceSource;
    }

    public String getReferenceId() {
        return referenceId;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public String getJustification() {
        return justification;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
