package pe.colca.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Record of merging a duplicate customer (source) into another (target), immutable: a snapshot of the
 * source as it was, the strategy used per field, who, why and when.
 */
@Entity
@Table(name = "customer_merge_log")
public class CustomerMergeLog {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_merge_log_seq")
    @SequenceGenerator(name = "customer_merge_log_seq", sequenceName = "customer_merge_log_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "source_customer_id", nullable = false)
    private Long sourceCustomerId;

    @Column(name = "target_customer_id", nullable = false)
    private Long targetCustomerId;

    @Column(name = "merged_by")
    private Long mergedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_snapshot", nullable = false)
    private Map<String, Object> sourceSnapshot;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "merge_strategy")
    private Map<String, Object> mergeStrategy;

    @Column(name = "merge_reason")
    private String mergeReason;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    protected CustomerMergeLog() {
    }

    public CustomerMergeLog(Long sourceCustomerId, Long targetCustomerId, Map<String, Object> sourceSnapshot,
                            Map<String, Object> mergeStrategy, String mergeReason, Long mergedBy) {
        Objects.requireNonNull(sourceCustomerId, "sourceCustomerId");
        Objects.requireNonNull(targetCustomerId, "targetCustomerId");
        if (sourceCustomerId.equals(targetCustomerId)) {
            throw new IllegalArgumentException("a customer cannot be merged into itself: " + sourceCustomerId);
        }
        this.sourceCustomerId = sourceCustomerId;
        this.targetCustomerId = targetCustomerId;
        this.sourceSnapshot = new LinkedHashMap<>(Objects.requireNonNull(sourceSnapshot, "sourceSnapshot"));
        this.mergeStrategy = mergeStrategy == null ? null : new LinkedHashMap<>(mergeStrategy);
        this.mergeReason = mergeReason;
        this.mergedBy = mergedBy;
        this.mergedAt = Instant.now();
    }

    @PrePersist
    void onCreate() {
        if (mergedAt == null) {
            mergedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getSourceCustomerId() {
        return sourceCustomerId;
    }

    public Long getTargetCustomerId() {
        return targetCustomerId;
    }

    public Long getMergedBy() {
        return mergedBy;
    }

    public Map<String, Object> getSourceSnapshot() {
        return sourceSnapshot == null ? null : Collections.unmodifiableMap(sourceSnapshot);
    }

    public Map<String, Object> getMergeStrategy() {
        return mergeStrategy == null ? null : Collections.unmodifiableMap(mergeStrategy);
    }

    public String getMergeReason() {
        return mergeReason;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }
}
