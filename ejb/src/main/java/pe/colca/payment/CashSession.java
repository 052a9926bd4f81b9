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
import java.util.List;
import java.util.Objects;

/**
 * A cashier's turn at a register of a location, the aggregate root of its {@link CashMovement}s.
 *
 * <p>Opened with a starting cash (an {@code OPENING} movement); while open it records sales, refunds
 * and cash in/out, and never lets the drawer go negative. {@link #close} takes the counted cash: the
 * expected cash is what the movements say, the discrepancy is counted minus expected. A cashier has at
 * most one open session (partial unique index). Optimistic locking.
 */
@Entity
@Table(name = "cash_sessions")
public class CashSession {

    private static final EnumSet<CashMovementType> RECORDABLE = EnumSet.of(CashMovementType.SALE,
            CashMovementType.REFUND, CashMovementType.CASH_IN, CashMovementType.CASH_OUT);

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
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
        requireOpen();
        if (!RECORDABLE.contains(Objects.requireNonNull(type, "type"))) {
            throw new IllegalArgumentException(type + " is recorded by opening or closing the session");
        }
        BigDecimal value = amount(amount, false);
        if (type.sign() < 0 && value.compareTo(cashInDrawer()) > 0) {
            throw new IllegalStateException("cannot take " + value + " out of cash session " + id + ": the drawer holds "
                    + cashInDrawer());
        }
        CashMovement movement = new CashMovement(this, type, value, reason);
        movements.add(movement);
        return movement;
    }

    /** Closes the session with the counted cash; returns the discrepancy (counted minus expected). */
    public BigDecimal close(BigDecimal countedCash, Instant at) {
        requireOpen();
        BigDecimal counted = amount(countedCash, true);
        this.expectedCash = cashInDrawer();
        this.actualCash = counted;
        this.discrepancy = counted.subtract(expectedCash);
        Instant closing = at == null ? Instant.now() : at;
        this.closedAt = closing.isBefore(openedAt) ? openedAt : closing;
        this.status = CashSessionStatus.CLOSED;
        movements.add(new CashMovement(this, CashMovementType.CLOSING, counted, null));
        return discrepancy;
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

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("cash session " + id + " is closed");
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

    public List<CashMovement> getMovements() {
        return Collections.unmodifiableList(movements);
    }
}
