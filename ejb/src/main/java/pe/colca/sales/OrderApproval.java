package pe.colca.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A status change that waits for approval ({@code order_approval_requests}, V25): a transition marked
 * {@code requires_approval} asked for by one user, approved or rejected by another who holds the
 * transition's {@code required_permission}. At most one is pending per order; a decision is final.
 */
@Entity
@Table(name = "order_approval_requests")
public class OrderApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_approval_requests_seq")
    @SequenceGenerator(name = "order_approval_requests_seq", sequenceName = "order_approval_requests_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30, nullable = false, updatable = false)
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 30, nullable = false, updatable = false)
    private OrderStatus toStatus;

    @Column(name = "required_permission", length = 100, nullable = false, updatable = false)
    private String requiredPermission;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private ApprovalStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "request_reason", nullable = false, updatable = false)
    private String requestReason;

    @Column(name = "request_ip", length = 45, updatable = false)
    private String requestIp;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OrderApproval() {
    }

    public OrderApproval(Long orderId, OrderStatus fromStatus, OrderStatus toStatus, String requiredPermission,
                         Long requestedBy, String requestReason, String requestIp) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.fromStatus = Objects.requireNonNull(fromStatus, "fromStatus");
        this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
        this.requiredPermission = Objects.requireNonNull(requiredPermission, "requiredPermission");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestReason = Objects.requireNonNull(requestReason, "requestReason");
        this.requestIp = requestIp;
        this.status = ApprovalStatus.PENDING;
        this.requestedAt = Instant.now();
    }

    /** Approves (or rejects) the request; never by its requester, never twice. */
    public void decide(boolean approve, Long by, String reason) {
        if (status != ApprovalStatus.PENDING) {
            throw new ApprovalDecided(String.valueOf(id), status.name());
        }
        if (by == null || by.equals(requestedBy)) {
            throw new SelfApproval(String.valueOf(id));
        }
        this.status = approve ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
        this.decidedBy = by;
        this.decisionReason = reason;
        this.decidedAt = Instant.now();
    }

    public boolean isPending() {
        return status == ApprovalStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public OrderStatus getFromStatus() {
        return fromStatus;
    }

    public OrderStatus getToStatus() {
        return toStatus;
    }

    public String getRequiredPermission() {
        return requiredPermission;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestReason() {
        return requestReason;
    }

    public String getRequestIp() {
        return requestIp;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public long getVersion() {
        return version;
    }
}
