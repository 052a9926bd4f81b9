package pe.colca.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A movement of cash in a {@link CashSession} (immutable); the amount is never negative, the type gives the direction. */
@Entity
@Table(name = "cash_movements")
public class CashMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cash_movements_seq")
    @SequenceGenerator(name = "cash_movements_seq", sequenceName = "cash_movements_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private CashSession session;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 30, nullable = false)
    private CashMovementType type;

    @Column(name = "amount", precision = 14, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "reason")
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The payment of a SALE or REFUND (V26). */
    @Column(name = "payment_id")
    private Long paymentId;

    /** The payment reference of a WALLET_TOP_UP (V26). */
    @Column(name = "reference", length = 100)
    private String reference;

    protected CashMovement() {
    }

    CashMovement(CashSession session, CashMovementType type, BigDecimal amount, String reason) {
        this(session, type, amount, reason, null, null);
    }

    CashMovement(CashSession session, CashMovementType type, BigDecimal amount, String reason, Long paymentId,
                 String reference) {
        this.session = session;
        this.type = type;
        this.amount = amount;
        this.reason = reason;
        this.paymentId = paymentId;
        this.reference = reference;
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

    public CashSession getSession() {
        return session;
    }

    public CashMovementType getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public String getReference() {
        return reference;
    }
}
