package pe.colca.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import pe.colca.common.SoftDeletion;

/**
 * A promotion: its {@link PromotionType} and value (a percentage of 0–100 or an amount), the window in
 * which it applies ({@code endDate} null: open-ended, otherwise after the start), a priority among
 * competing promotions and free-form conditions read by the discount engine. Deleting is soft.
 */
@Entity
@Table(name = "promotions")
@SQLRestriction("deleted_at IS NULL")
public class Promotion {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotions_seq")
    @SequenceGenerator(name = "promotions_seq", sequenceName = "promotions_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 30, nullable = false)
    private PromotionType type;

    @Column(name = "value", precision = 14, scale = 2, nullable = false)
    private BigDecimal value;

    @Column(name = "start_date", nullable = false)
    private Instant startDate;

    @Column(name = "end_date")
    private Instant endDate;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "priority", nullable = false)
    private int priority;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "conditions")
    private Map<String, Object> conditions;

    @Embedded
    private SoftDeletion deletion = new SoftDeletion();

    protected Promotion() {
    }

    public Promotion(String name, PromotionType type, BigDecimal value, Instant startDate, Instant endDate) {
        rename(name);
        reprice(type, value);
        reschedule(startDate, endDate);
        this.active = true;
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        this.name = name.strip();
    }

    /** Changes the kind of discount and its value; a percentage is between 0 and 100. */
    public void reprice(PromotionType type, BigDecimal value) {
        Objects.requireNonNull(type, "type");
        BigDecimal v = value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
        if (v.signum() < 0 || (type == PromotionType.PERCENTAGE && v.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("invalid value " + v + " for a " + type + " promotion");
        }
        this.type = type;
        this.value = v;
    }

    /** Changes the validity window; the end, if any, must be after the start. */
    public void reschedule(Instant startDate, Instant endDate) {
        Objects.requireNonNull(startDate, "startDate");
        if (endDate != null && !endDate.isAfter(startDate)) {
            throw new IllegalArgumentException("a promotion must end after it starts");
        }
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public void prioritize(int priority) {
        this.priority = priority;
    }

    public void replaceConditions(Map<String, Object> conditions) {
        this.conditions = conditions == null ? null : new LinkedHashMap<>(conditions);
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Active, not deleted, and {@code at} falls in the validity window. */
    public boolean isApplicableAt(Instant at) {
        return active && !isDeleted() && !at.isBefore(startDate) && (endDate == null || at.isBefore(endDate));
    }

    public void markDeleted(Long by, String reason, Instant at) {
        if (deletion == null) {
            deletion = new SoftDeletion();
        }
        deletion.markDeleted(by, reason, at);
        this.active = false;
    }

    public boolean isDeleted() {
        return deletion != null && deletion.isDeleted();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PromotionType getType() {
        return type;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Instant getStartDate() {
        return startDate;
    }

    public Instant getEndDate() {
        return endDate;
    }

    public boolean isActive() {
        return active;
    }

    public int getPriority() {
        return priority;
    }

    public Map<String, Object> getConditions() {
        return conditions == null ? null : Collections.unmodifiableMap(conditions);
    }

    public SoftDeletion getDeletion() {
        return deletion;
    }
}
