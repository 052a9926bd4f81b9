package pe.colca.payment;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A payment of an order (by id). Idempotent: the {@code idempotencyKey} is unique and never reused, so
 * a repeated request finds this row and gets its result instead of charging again; a repeated key with
 * a different request ({@link #isSameRequest}) must be refused.
 *
 * <p>Life cycle: {@code PENDING} → {@code APPROVED} or {@code DECLINED}; an approved payment can be
 * {@code REFUNDED}; a pending or approved one can be {@code VOIDED}. Optimistic locking.
 */
@Entity
@Table(name = "payments")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payments_seq")
    @SequenceGenerator(name = "payments_seq", sequenceName = "payments_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "idempotency_key", length = 100, nullable = false, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 30, nullable = false)
    private PaymentMethod method;

    @Column(name = "amount", precision = 14, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private PaymentStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "gateway_response")
    private Map<String, Object> gatewayResponse;

    @Column(name = "idempotency_expires_at")
    private Instant idempotencyExpiresAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    /** The cashier's session that took a cash payment (a column added beyond the model; see V1). */
    @Column(name = "cash_session_id")
    private Long cashSessionId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Payment() {
    }

    public Payment(Long orderId, String idempotencyKey, PaymentMethod method, BigDecimal amount,
                   Instant idempotencyExpiresAt) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("idempotencyKey is required");
        }
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.idempotencyKey = idempotencyKey;
        this.method = Objects.requireNonNull(method, "method");
        this.amount = positive(amount);
        this.idempotencyExpiresAt = idempotencyExpiresAt;
        this.status = PaymentStatus.PENDING;
    }

    /** Books the payment into the cash session it was taken in (its cash count adds it up). */
    public Payment takenInCashSession(Long cashSessionId) {
        require(PaymentStatus.PENDING, "move");
        this.cashSessionId = Objects.requireNonNull(cashSessionId, "cashSessionId");
        return this;
    }

    /** Whether a repeated request with this payment's key asks for the same thing. */
    public boolean isSameRequest(Long orderId, PaymentMethod method, BigDecimal amount) {
        return this.orderId.equals(orderId) && this.method == method && amount != null
                && this.amount.compareTo(amount) == 0;
    }

    public void approve(String transactionId, Map<String, Object> gatewayResponse, Instant at) {
        require(PaymentStatus.PENDING, "approve");
        this.transactionId = transactionId;
        processed(PaymentStatus.APPROVED, gatewayResponse, at);
    }

    public void decline(Map<String, Object> gatewayResponse, Instant at) {
        require(PaymentStatus.PENDING, "decline");
        processed(PaymentStatus.DECLINED, gatewayResponse, at);
    }

    /** Gives the money back; only an approved payment. */
    public void refund(Map<String, Object> gatewayResponse, Instant at) {
        require(PaymentStatus.APPROVED, "refund");
        processed(PaymentStatus.REFUNDED, gatewayResponse, at);
    }

    /** Annuls a payment that is pending or approved (before settlement). */
    public void voidPayment(Map<String, Object> gatewayResponse, Instant at) {
        if (status != PaymentStatus.PENDING && status != PaymentStatus.APPROVED) {
            throw new IllegalStateException("cannot void payment " + id + ": it is " + status);
        }
        processed(PaymentStatus.VOIDED, gatewayResponse, at);
    }

    public boolean isApproved() {
        return status == PaymentStatus.APPROVED;
    }

    private void processed(PaymentStatus newStatus, Map<String, Object> response, Instant at) {
        this.status = newStatus;
        if (response != null) {
            this.gatewayResponse = new LinkedHashMap<>(response);
        }
        this.processedAt = at == null ? Instant.now() : at;
    }

    private void require(PaymentStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("cannot " + action + " payment " + id + ": it is " + status);
        }
    }

    private static BigDecimal positive(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public Map<String, Object> getGatewayResponse() {
        return gatewayResponse == null ? null : Collections.unmodifiableMap(gatewayResponse);
    }

    public Instant getIdempotencyExpiresAt() {
        return idempotencyExpiresAt;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }

    public Long getCashSessionId() {
        return cashSessionId;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Money given back for a return (V29): a row of its own, {@code REFUNDED} from the start, for the
     * refunded amount by {@code method}; the payment it gives back (if any) and the return are named in
     * {@code details} ({@code refundOf}, {@code returnId}). The paid payment stays APPROVED: what was paid
     * and what went back are both facts. Not booked into a cash session (the drawer's REFUND movement
     * names this row), so the per-tender totals of X/Z keep counting what was taken.
     */
    public static Payment refund(Long orderId, String key, PaymentMethod method, BigDecimal amount,
                                 String transactionId, Map<String, Object> details, Instant at) {
        Payment p = new Payment(orderId, key, method, amount, null);
        p.transactionId = transactionId;
        p.processed(PaymentStatus.REFUNDED, details, at);
        return p;
    }
}
