package pe.colca.payment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * A cashier's turn at a register of a location, the aggregate root of its {@link CashMovement}s.
 *
 * <p>Opened with a starting cash (an {@code OPENING} movement); while open it records sales, refunds,
 * wallet top-ups and cash in/out, and never lets the drawer go negative. {@link #count} takes the
 * cashier's count by denomination: the expected cash is what the movements say, the discrepancy is
 * counted minus expected; from then on no movement is taken. A count within the threshold closes the
 * session at once; a count beyond it waits for {@link #approve} by another user (or is sent back with
 * {@link #discardCount}). A cashier has at most one open session (partial unique index). Optimistic
 * locking; adding a movement does not change the version (concurrent sales of one till never collide),
 * the service locks the row instead (V26, {@code DefaultCashSessionService}).
 */
@Entity
@Table(name = "cash_sessions")
public class CashSession {

    private static final EnumSet<CashMovementType> RECORDABLE = EnumSet.of(CashMovementType.SALE,
            CashMovementType.REFUND, CashMovementType.CASH_IN, CashMovementType.CASH_OUT, CashMovementType.WALLET_TOP_UP);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cash_sessions_seq")
    @SequenceGenerator(name = "cash_sessions_seq", sequenceName = "cash_sessions_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "location_id", nullable = false)
    private Long locationId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "starting_cash", precision = 14, scale = 2, nullable = false)
    private BigDecimal startingCash;

    @Column(name = "expected_cash", precision = 14, scale = 2)
    private BigDecimal expectedCash;

    @Column(name = "actual_cash", precision = 14, scale = 2)
    private BigDecimal actualCash;

    @Column(name = "discrepancy", precision = 14, scale = 2)
    private BigDecimal discrepancy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private CashSessionStatus status;

    /** The count by denomination, {@code "200.00" -> 1} (V26). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "counted_denominations")
    private Map<String, Object> countedDenominations;

    @Column(name = "counted_by")
    private Long countedBy;

    @Column(name = "counted_at")
    private Instant countedAt;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @OptimisticLock(excluded = true)
    private List<CashMovement> movements = new ArrayList<>();

    protected CashSession() {
    }

    /** Opens a session with the cash found in the drawer. */
    public CashSession(Long userId, Long locationId, BigDecimal startingCash) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        this.startingCash = amount(startingCash, true);
        this.openedAt = Instant.now();
        this.status = CashSessionStatus.OPEN;
        movements.add(new CashMovement(this, CashMovementType.OPENING, this.startingCash, null));
    }

    /** Records a sale, refund, cash in or cash out; refuses to take out more cash than the drawer holds. */
    public CashMovement record(CashMovementType type, BigDecimal amount, String reason) {
        return record(type, amount, reason, null, null);
    }

    /**
     * Records a movement with the payment of a sale or refund, or the reference of a wallet top-up;
     * refuses to take out more cash than the drawer holds, and any movement once the drawer is counted.
     */
    public CashMovement record(CashMovementType type, BigDecimal amount, String reason, Long paymentId,
                               String reference) {
        requireTakesMovements();
        if (!RECORDABLE.contains(Objects.requireNonNull(type, "type"))) {
            throw new IllegalArgumentException(type + " is recorded by opening or closing the session");
        }
        BigDecimal value = amount(amount, false);
        if (type.sign() < 0 && value.compareTo(cashInDrawer()) > 0) {
            throw new IllegalStateException("cannot take " + value + " out of cash session " + id + ": the drawer holds "
                    + cashInDrawer());
        }
        CashMovement movement = new CashMovement(this, type, value, reason, paymentId, reference);
        movements.add(movement);
        return movement;
    }

    /**
     * The cashier's count: stores it with the expected cash and the discrepancy (counted minus expected).
     * Closes the session at once unless the discrepancy is beyond {@code threshold} (absolute value), in
     * which case it waits for {@link #approve}. Returns whether the session is closed.
     */
    public boolean count(Map<String, Integer> denominations, BigDecimal countedCash, long countedBy,
                         BigDecimal threshold, Instant at) {
        requireTakesMovements();
        BigDecimal counted = amount(countedCash, true);
        this.countedDenominations = new LinkedHashMap<>(denominations);
        this.countedBy = countedBy;
        this.countedAt = at == null ? Instant.now() : at;
        this.expectedCash = cashInDrawer();
        this.actualCash = counted;
        this.discrepancy = counted.subtract(expectedCash);
        this.approvalRequired = discrepancy.abs().compareTo(threshold) > 0;
        if (!approvalRequired) {
            closeNow(countedAt);
        }
        return !isOpen();
    }

    /** A manager approves a count beyond the threshold: the session closes. Never the user who counted. */
    public void approve(long approverId, Instant at) {
        requireAwaitingApproval();
        if (countedBy != null && countedBy == approverId) {
            throw new IllegalStateException("the cashier who counted cash session " + id + " cannot approve it");
        }
        this.approvedBy = approverId;
        this.approvedAt = at == null ? Instant.now() : at;
        closeNow(approvedAt);
    }

    /** A manager sends a count beyond the threshold back: the cashier counts again. */
    public void discardCount() {
        requireAwaitingApproval();
        this.countedDenominations = null;
        this.countedBy = null;
        this.countedAt = null;
        this.expectedCash = null;
        this.actualCash = null;
        this.discrepancy = null;
        this.approvalRequired = false;
    }

    private void closeNow(Instant at) {
        this.closedAt = at.isBefore(openedAt) ? openedAt : at;
        this.status = CashSessionStatus.CLOSED;
        movements.add(new CashMovement(this, CashMovementType.CLOSING, actualCash, null));
    }

    /** Whether the count waits for a manager's approval. */
    public boolean isAwaitingApproval() {
        return isOpen() && countedAt != null && approvalRequired;
    }

    /** Whether the session still takes movements: open and not counted. */
    public boolean takesMovements() {
        return isOpen() && countedAt == null;
    }

    /** What the drawer should hold according to the movements so far. */
    public BigDecimal cashInDrawer() {
        return movements.stream()
                .map(m -> m.getAmount().multiply(BigDecimal.valueOf(m.getType().sign())))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public boolean isOpen() {
        return status == CashSessionStatus.OPEN;
    }

    private void requireTakesMovements() {
        if (!takesMovements()) {
            throw new IllegalStateException("cash session " + id + (isOpen() ? " is counted" : " is closed"));
        }
    }

    private void requireAwaitingApproval() {
        if (!isAwaitingApproval()) {
            throw new IllegalStateException("cash session " + id + " does not wait for an approval");
        }
    }

    private static BigDecimal amount(BigDecimal amount, boolean zeroAllowed) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            throw new IllegalArgumentException("amount must be " + (zeroAllowed ? "zero or more" : "positive")
                    + ": " + amount);
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public BigDecimal getStartingCash() {
        return startingCash;
    }

    public BigDecimal getExpectedCash() {
        return expectedCash;
    }

    public BigDecimal getActualCash() {
        return actualCash;
    }

    public BigDecimal getDiscrepancy() {
        return discrepancy;
    }

    public CashSessionStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public Map<String, Object> getCountedDenominations() {
        return countedDenominations == null ? null : Collections.unmodifiableMap(countedDenominations);
    }

    public Long getCountedBy() {
        return countedBy;
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public List<CashMovement> getMovements() {
        return Collections.unmodifiableList(movements);
    }
}
