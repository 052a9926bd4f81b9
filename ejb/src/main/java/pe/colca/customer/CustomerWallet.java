package pe.colca.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * Store credit of one customer (PEN). The balance never goes negative. Every change returns the
 * {@link WalletTransaction} the caller persists in the same transaction; optimistic locking keeps two
 * concurrent debits from spending the same money.
 */
@Entity
@Table(name = "customer_wallets")
public class CustomerWallet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_wallets_seq")
    @SequenceGenerator(name = "customer_wallets_seq", sequenceName = "customer_wallets_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "balance", precision = 14, scale = 2, nullable = false)
    private BigDecimal balance = BigDecimal.ZERO.setScale(2);

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CustomerWallet() {
    }

    public CustomerWallet(Long customerId) {
        this.customerId = Objects.requireNonNull(customerId, "customerId");
    }

    /** Adds credit (gift, compensation, top-up). */
    public WalletTransaction credit(BigDecimal amount, String reference) {
        return add(WalletTransactionType.CREDIT, amount, reference);
    }

    /** Gives money back to the wallet for a refunded purchase. */
    public WalletTransaction refund(BigDecimal amount, String reference) {
        return add(WalletTransactionType.REFUND, amount, reference);
    }

    /** Pays with the wallet; refuses to spend more than the balance. */
    public WalletTransaction debit(BigDecimal amount, String reference) {
        BigDecimal value = positive(amount);
        if (value.compareTo(balance) > 0) {
            throw new IllegalStateException("cannot debit " + value + " from wallet " + id + ": balance is " + balance);
        }
        balance = balance.subtract(value);
        return transaction(WalletTransactionType.DEBIT, value.negate(), reference);
    }

    public boolean canPay(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.compareTo(balance) <= 0;
    }

    private WalletTransaction add(WalletTransactionType type, BigDecimal amount, String reference) {
        BigDecimal value = positive(amount);
        balance = balance.add(value);
        return transaction(type, value, reference);
    }

    /** {@code signedAmount}: what the balance changed by (negative for a debit). */
    private WalletTransaction transaction(WalletTransactionType type, BigDecimal signedAmount, String reference) {
        if (id == null) {
            throw new IllegalStateException("persist the wallet before moving money");
        }
        updatedAt = Instant.now();
        return new WalletTransaction(id, type, signedAmount, reference);
    }

    private static BigDecimal positive(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        return value;
    }

    @PrePersist
    @PreUpdate
    void onWrite() {
        if (updatedAt == null) {
            updatedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
