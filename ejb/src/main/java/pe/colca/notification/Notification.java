package pe.colca.notification;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A message to a customer or a staff user (by id) over one channel, rendered from a template
 * ({@code templateId}) with a payload. {@code PENDING} until delivered ({@code SENT}); a failed attempt
 * is retried later until the retries run out ({@code FAILED}); a pending one can be {@code CANCELLED}.
 */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notifications_seq")
    @SequenceGenerator(name = "notifications_seq", sequenceName = "notifications_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "notification_type", length = 60, nullable = false)
    private String notificationType;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 30, nullable = false)
    private NotificationChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private NotificationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "payload")
    private Map<String, Object> payload;

    /** {@code notification_templates.template_id} (a logical key, not the template's row id). */
    @Column(name = "template_id", length = 100)
    private String templateId;

    @Column(name = "retry_count", nullable = false)
    private int retryCount;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    /** A pending notification; {@code scheduledFor} null means "as soon as possible". */
    public Notification(String notificationType, NotificationChannel channel, Long customerId, Long userId,
                        String templateId, Map<String, Object> payload, Instant scheduledFor) {
        if (notificationType == null || notificationType.isBlank()) {
            throw new IllegalArgumentException("notificationType is required");
        }
        this.notificationType = notificationType.strip();
        this.channel = Objects.requireNonNull(channel, "channel");
        this.customerId = customerId;
        this.userId = userId;
        this.templateId = templateId;
        this.payload = payload == null ? null : new LinkedHashMap<>(payload);
        this.scheduledFor = scheduledFor;
        this.status = NotificationStatus.PENDING;
    }

    /** Delivered. */
    public void markSent(Instant at) {
        requirePending();
        this.status = NotificationStatus.SENT;
        this.sentAt = at == null ? Instant.now() : at;
    }

    /**
     * A delivery attempt failed: retried at {@code retryAt} while fewer than {@code maxRetries} attempts
     * have failed, otherwise {@code FAILED} for good.
     */
    public void recordFailedAttempt(int maxRetries, Instant retryAt) {
        requirePending();
        retryCount++;
        if (retryCount >= maxRetries) {
            this.status = NotificationStatus.FAILED;
        } else {
            this.scheduledFor = retryAt;
        }
    }

    public void cancel() {
        requirePending();
        this.status = NotificationStatus.CANCELLED;
    }

    public boolean isDueAt(Instant now) {
        return status == NotificationStatus.PENDING && (scheduledFor == null || !now.isBefore(scheduledFor));
    }

    private void requirePending() {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalStateException("notification " + id + " is already " + status);
        }
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getNotificationType() {
        return notificationType;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public Map<String, Object> getPayload() {
        return payload == null ? null : Collections.unmodifiableMap(payload);
    }

    public String getTemplateId() {
        return templateId;
    }

    public int getRetryCount() {
        return retryCount;
    }

    public Instant getScheduledFor() {
        return scheduledFor;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
