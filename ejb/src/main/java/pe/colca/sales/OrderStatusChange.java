package pe.colca.sales;

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
 * One line of an order's status history ({@code order_status_history}, immutable): from which status
 * (null for the first one) to which, who, why, from which IP address and when.
 */
@Entity
@Table(name = "order_status_history")
public class OrderStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_status_history_seq")
    @SequenceGenerator(name = "order_status_history_seq", sequenceName = "order_status_history_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", length = 30)
    private OrderStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", length = 30, nullable = false)
    private OrderStatus newStatus;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "change_reason")
    private String changeReason;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected OrderStatusChange() {
    }

    public OrderStatusChange(Long orderId, OrderStatus previousStatus, OrderStatus newStatus, Long changedBy,
                             String changeReason, String ipAddress) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.previousStatus = previousStatus;
        this.newStatus = Objects.requireNonNull(newStatus, "newStatus");
        this.changedBy = changedBy;
        this.changeReason = changeReason;
        this.ipAddress = ipAddress;
        this.changedAt = Instant.now();
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

    public Long getOrderId() {
        return orderId;
    }

    public OrderStatus getPreviousStatus() {
        return previousStatus;
    }

    public OrderStatus getNewStatus() {
        return newStatus;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
