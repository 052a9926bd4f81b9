package pe.colca.security;

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
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One audit record (immutable): who ({@code userId}, null for the system) did what ({@code action})
 * to which row ({@code entityTable}/{@code entityId}), the old and new values as JSON, from which IP
 * and when. Written by {@link AuditTrail} in the transaction of the change. The table is partitioned
 * by month on {@code created_at} (primary key {@code (id, created_at)}); the entity keeps {@code @Id id}.
 */
@Entity
@Immutable
@Table(name = "audit_logs")
public class AuditLog {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_logs_seq")
    @SequenceGenerator(name = "audit_logs_seq", sequenceName = "audit_logs_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "action", length = 60, nullable = false)
    private String action;

    @Column(name = "entity_table", length = 60)
    private String entityTable;

    @Column(name = "entity_id", length = 100)
    private String entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_values")
    private Map<String, Object> oldValues;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_values")
    private Map<String, Object> newValues;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AuditLog() {
    }

    public AuditLog(Long userId, String action, String entityTable, String entityId, Map<String, Object> oldValues,
                    Map<String, Object> newValues, String ipAddress) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("action is required");
        }
        this.userId = userId;
        this.action = action;
        this.entityTable = entityTable;
        this.entityId = entityId;
        this.oldValues = oldValues == null ? null : new LinkedHashMap<>(oldValues);
        this.newValues = newValues == null ? null : new LinkedHashMap<>(newValues);
        this.ipAddress = ipAddress;
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

    public Long getUserId() {
        return userId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityTable() {
        return entityTable;
    }

    public String getEntityId() {
        return entityId;
    }

    public Map<String, Object> getOldValues() {
        return oldValues == null ? null : Collections.unmodifiableMap(oldValues);
    }

    public Map<String, Object> getNewValues() {
        return newValues == null ? null : Collections.unmodifiableMap(newValues);
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
