package pe.colca.customer;

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
 * One line of a wallet's ledger (immutable), created by {@link CustomerWallet}. The amount is the signed
 * change of the balance: positive for {@code CREDIT} and {@code REFUND}, negative for {@code DEBIT},
 * either for {@code ADJUSTMENT}; never zero.
 */
@Entity
@Table(name = "wallet_transactions")
public class WalletTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wallet_transactions_seq")
    @SequenceGenerator(name = "wallet_transactions_seq", sequenceName = "wallet_transactions_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "wallet_id", nullable = false)
    private Long walletId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 30, nullable = false)
    private WalletTransactionType type;

    @Column(name = "amount", precision = 14, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "reference", length = 100)
    private String reference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Why a manual adjustment was made (V20); null for other kinds. */
    @Column(name = "reason")
    private String reason;

    protected WalletTransaction() {
    }

    WalletTransaction(Long walletId, WalletTransactionType type, BigDecimal amount, String reference) {
        this.walletId = Objects.requireNonNull(walletId, "walletId");
        this.type = Objects.requireNonNull(type, "type");
        this.amount = Objects.requireNonNull(amount, "amount");
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

    public Long getWalletId() {
        return walletId;
    }

    public WalletTransactionType getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getReason() {
        return reason;
    }
}
