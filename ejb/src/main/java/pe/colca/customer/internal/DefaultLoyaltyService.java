package pe.colca.customer.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.SqlFailure;
import pe.colca.customer.LedgerVersionStale;
import pe.colca.customer.LoyaltyBalance;
import pe.colca.customer.LoyaltyMovement;
import pe.colca.customer.LoyaltyMovementType;
import pe.colca.customer.LoyaltyMovementView;
import pe.colca.customer.LoyaltyPointsInsufficient;
import pe.colca.customer.LoyaltyPosted;
import pe.colca.customer.LoyaltyService;
import pe.colca.security.AuditTrail;
import pe.colca.settings.Settings;

/**
 * The loyalty ledger. Every change writes its {@code loyalty_movements} line first and then changes the
 * account row with one conditional {@code UPDATE ... RETURNING} (the last statement, so the row lock is
 * held only for it and the commit; a refusal rolls the line back): concurrent redemptions queue on the row
 * and each re-checks {@code points_balance >= p} on the committed balance, so the balance is never negative
 * and always the sum of the lines. The reversal of a refund (rare) locks the order's points row and then the
 * account before it computes how much it can take back; the expiry job ({@link DefaultLoyaltyExpiry}) locks
 * the account first too. Lock order everywhere: order points row, then account.
 */
@Stateless
public class DefaultLoyaltyService implements LoyaltyService {

    static final String ACCOUNTS = "loyalty_accounts";
    private static final String POINTS_PER_SOL = "loyalty.earn.points_per_sol.";
    private static final String SOL_PER_POINT = "loyalty.redeem.sol_per_point";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @EJB
    private Settings settings;

    @EJB
    private AuditTrail audit;

    /** The account row after a change. */
    private record After(int balance, long version) {
    }

    /** The account row as it is. */
    private record Account(long id, int balance, int lifetime, java.time.Instant lastMovementAt, long version) {
    }

    /** A row of loyalty_order_points. */
    private record OrderPoints(long accountId, BigDecimal amount, int earned, BigDecimal refunded, int reversed) {
    }

    @Override
    @RolesAllowed("customer.view")
    public LoyaltyBalance balance(long customerId) {
        LedgerRows.Holder holder = LedgerRows.holder(em, ACCOUNTS, customerId);
        if (holder.ledgerId() == null) {
            return new LoyaltyBalance(customerId, null, 0, 0, null, money(BigDecimal.ZERO), 0);
        }
        Account a = account(holder.ledgerId(), false);
        return new LoyaltyBalance(customerId, a.id(), a.balance(), a.lifetime(), a.lastMovementAt(),
                valueOf(a.balance()), a.version());
    }

    @Override
    @RolesAllowed("customer.view")
    public Page<LoyaltyMovementView> movements(long customerId, PageRequest page) {
        LedgerRows.Holder holder = LedgerRows.holder(em, ACCOUNTS, customerId);
        return LedgerRows.page(em, LedgerRows.Ledger.LOYALTY, holder.ledgerId(), LoyaltyMovement.class, LedgerRows::view,
                page);
    }

    @Override
    @RolesAllowed({"order.create", "payment.create"})
    public LoyaltyPosted earnForOrder(long customerId, long orderId, BigDecimal amount) {
        Locale locale = request.getLocale();
        BigDecimal paid = LedgerRows.amount("amount", amount, false, locale);
        LedgerRows.Holder holder = LedgerRows.holderForPosting(em, ACCOUNTS, customerId);
        long accountId = LedgerRows.created(em, ACCOUNTS, holder);
        int points = paid.multiply(settings.decimal(POINTS_PER_SOL + holder.segment().toLowerCase(Locale.ROOT)))
                .setScale(0, RoundingMode.FLOOR).intValueExact();
        boolean first;
        try {
            first = !em.createNativeQuery("INSERT INTO loyalty_order_points (order_id, loyalty_account_id, order_amount,"
                            + " points_earned) VALUES (:o, :a, :amount, :p) ON CONFLICT (order_id) DO NOTHING"
                            + " RETURNING order_id")
                    .setParameter("o", orderId).setParameter("a", accountId).setParameter("amount", paid)
                    .setParameter("p", points).getResultList().isEmpty();
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.FOREIGN_KEY_VIOLATION)) {
                throw LedgerRows.invalid("orderId", "loyalty.order.unknown", locale);
            }
            throw e;
        }
        if (!first) {
            OrderPoints earlier = orderPoints(orderId, false).orElseThrow();
            if (earlier.accountId() != accountId) {
                throw LedgerRows.invalid("orderId", "loyalty.order.otherCustomer", locale);
            }
            Account a = account(accountId, false);
            return new LoyaltyPosted(customerId, accountId, null, LoyaltyMovementType.EARN, earlier.earned(),
                    money(BigDecimal.ZERO), a.balance(), a.version(), true);
        }
        if (points == 0) {
            Account a = account(accountId, false);
            return new LoyaltyPosted(customerId, accountId, null, LoyaltyMovementType.EARN, 0, money(BigDecimal.ZERO),
                    a.balance(), a.version(), false);
        }
        long movement = line(accountId, LoyaltyMovementType.EARN, points, orderId, null);
        After after = change(accountId, points, points, null).orElseThrow();
        return new LoyaltyPosted(customerId, accountId, movement, LoyaltyMovementType.EARN, points,
                money(BigDecimal.ZERO), after.balance(), after.version(), false);
    }

    @Override
    @RolesAllowed("payment.create")
    public LoyaltyPosted redeem(long customerId, int points, Long orderId, String reason) {
        Locale locale = request.getLocale();
        if (points <= 0 || points > LedgerRows.MAX_POINTS) {
            throw LedgerRows.invalid("points", "loyalty.points.range", locale);
        }
        String why = optional("reason", reason, locale);
        LedgerRows.Holder holder = LedgerRows.holderForPosting(em, ACCOUNTS, customerId);
        if (holder.ledgerId() == null) {
            throw new LoyaltyPointsInsufficient(points, 0);
        }
        long accountId = holder.ledgerId();
        long movement = lineCheckingOrder(accountId, LoyaltyMovementType.REDEEM, -points, orderId, why, locale);
        After after = change(accountId, -points, 0, null)
                .orElseThrow(() -> new LoyaltyPointsInsufficient(points, account(accountId, false).balance()));
        return new LoyaltyPosted(customerId, accountId, movement, LoyaltyMovementType.REDEEM, -points, valueOf(points),
                after.balance(), after.version(), false);
    }

    @Override
    @RolesAllowed({"order.refund.approve", "payment.refund", "order.cancel.approve"})
    public Optional<LoyaltyPosted> reverseForRefund(long orderId, BigDecimal refundedTotal) {
        Locale locale = request.getLocale();
        if (refundedTotal == null || refundedTotal.signum() < 0 || refundedTotal.stripTrailingZeros().scale() > 2) {
            throw LedgerRows.invalid("refundedTotal", "loyalty.refund.amount", locale);
        }
        Optional<OrderPoints> found = orderPoints(orderId, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OrderPoints op = found.get();
        BigDecimal refunded = refundedTotal.min(op.amount()).setScale(2);
        int target = BigDecimal.valueOf(op.earned()).multiply(refunded)
                .divide(op.amount(), 0, RoundingMode.FLOOR).intValueExact();
        int due = target - op.reversed();
        long customerId = customerOf(op.accountId());
        Account a = account(op.accountId(), true);
        if (refunded.compareTo(op.refunded()) <= 0 || due <= 0) {
            if (refunded.compareTo(op.refunded()) > 0) {
                em.createNativeQuery("UPDATE loyalty_order_points SET refunded_amount = :r, updated_at = now()"
                        + " WHERE order_id = :o").setParameter("r", refunded).setParameter("o", orderId).executeUpdate();
            }
            return Optional.of(new LoyaltyPosted(customerId, a.id(), null, LoyaltyMovementType.REVERSAL, 0,
                    money(BigDecimal.ZERO), a.balance(), a.version(), true));
        }
        // points already spent cannot be taken back: at most the balance, the rest is recorded as reversed anyway
        int take = Math.min(due, a.balance());
        em.createNativeQuery("UPDATE loyalty_order_points SET refunded_amount = :r, points_reversed = :t,"
                        + " updated_at = now() WHERE order_id = :o")
                .setParameter("r", refunded).setParameter("t", target).setParameter("o", orderId).executeUpdate();
        if (take == 0) {
            return Optional.of(new LoyaltyPosted(customerId, a.id(), null, LoyaltyMovementType.REVERSAL, 0,
                    money(BigDecimal.ZERO), a.balance(), a.version(), false));
        }
        String reason = "Devolución de " + refunded.toPlainString() + " de " + op.amount().toPlainString()
                + ": " + due + " punto(s) a revertir" + (take < due ? ", " + (due - take) + " ya usado(s)" : "");
        long movement = line(a.id(), LoyaltyMovementType.REVERSAL, -take, orderId, reason);
        After after = change(a.id(), -take, -due, null).orElseThrow();
        return Optional.of(new LoyaltyPosted(customerId, a.id(), movement, LoyaltyMovementType.REVERSAL, -take,
                money(BigDecimal.ZERO), after.balance(), after.version(), false));
    }

    @Override
    @RolesAllowed("loyalty.adjust")
    public LoyaltyPosted adjust(long customerId, int points, String reason, Long expectedVersion) {
        Locale locale = request.getLocale();
        if (points == 0 || Math.abs((long) points) > LedgerRows.MAX_POINTS) {
            throw LedgerRows.invalid("points", "loyalty.adjust.points", locale);
        }
        String why = LedgerRows.text("reason", reason, LedgerRows.MAX_REASON, "loyalty.reason.required",
                "loyalty.reason.size", locale);
        LedgerRows.Holder holder = LedgerRows.holderForPosting(em, ACCOUNTS, customerId);
        if (holder.ledgerId() == null && expectedVersion != null && expectedVersion != 0) {
            throw LedgerVersionStale.loyalty(customerId, expectedVersion, 0);
        }
        long accountId = LedgerRows.created(em, ACCOUNTS, holder);
        long movement = line(accountId, LoyaltyMovementType.ADJUST, points, null, why);
        Optional<After> after = change(accountId, points, 0, expectedVersion);
        if (after.isEmpty()) {
            Account now = account(accountId, false);
            if (expectedVersion != null && expectedVersion != now.version()) {
                throw LedgerVersionStale.loyalty(customerId, expectedVersion, now.version());
            }
            throw new LoyaltyPointsInsufficient(-points, now.balance());
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("customer_id", customerId);
        change.put("points", points);
        change.put("reason", why);
        change.put("points_balance", after.get().balance());
        audit.record("LOYALTY_ADJUST", ACCOUNTS, accountId, Map.of("points_balance", after.get().balance() - points),
                change);
        return new LoyaltyPosted(customerId, accountId, movement, LoyaltyMovementType.ADJUST, points,
                money(BigDecimal.ZERO), after.get().balance(), after.get().version(), false);
    }

    @Override
    @PermitAll
    public BigDecimal valueOf(int points) {
        return money(settings.decimal(SOL_PER_POINT).multiply(BigDecimal.valueOf(points)));
    }

    /** Writes a ledger line (first, before the account row is changed); returns its id. */
    private long line(long accountId, LoyaltyMovementType type, int points, Long orderId, String reason) {
        return LedgerRows.longValue(em.createNativeQuery("INSERT INTO loyalty_movements (id, loyalty_account_id, type,"
                        + " points, order_id, reason, created_at) VALUES (nextval('loyalty_movements_seq'), :a, :t, :p,"
                        + " :o, :r, now()) RETURNING id")
                .setParameter("a", accountId).setParameter("t", type.name()).setParameter("p", points)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("o", orderId, Long.class).setParameter("r", reason, String.class)
                .getSingleResult());
    }

    /** As {@link #line}, with a caller-given order id that must exist. */
    private long lineCheckingOrder(long accountId, LoyaltyMovementType type, int points, Long orderId, String reason,
                                   Locale locale) {
        try {
            return line(accountId, type, points, orderId, reason);
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.FOREIGN_KEY_VIOLATION)) {
                throw LedgerRows.invalid("orderId", "loyalty.order.unknown", locale);
            }
            throw e;
        }
    }

    /**
     * The one statement that changes an account: balance by {@code points} (never below zero), lifetime by
     * {@code lifetime} (never below zero), guarded by the version when given. Empty when the guard refused.
     */
    private Optional<After> change(long accountId, int points, int lifetime, Long expectedVersion) {
        jakarta.persistence.Query update = em.createNativeQuery("UPDATE loyalty_accounts SET points_balance ="
                        + " points_balance + :p, lifetime_points = greatest(lifetime_points + :l, 0),"
                        + " last_movement_at = now(), version = version + 1 WHERE id = :a AND points_balance + :p >= 0"
                        + (expectedVersion == null ? "" : " AND version = :v") + " RETURNING points_balance, version")
                .setParameter("p", points).setParameter("l", lifetime).setParameter("a", accountId);
        if (expectedVersion != null) {
            update.setParameter("v", expectedVersion);
        }
        List<?> rows = update.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new After(((Number) row[0]).intValue(), LedgerRows.longValue(row[1])));
    }

    private Account account(long accountId, boolean lock) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT id, points_balance, lifetime_points, last_movement_at,"
                        + " version FROM loyalty_accounts WHERE id = :a" + (lock ? " FOR NO KEY UPDATE" : ""))
                .setParameter("a", accountId).getSingleResult();
        return new Account(LedgerRows.longValue(row[0]), ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                LedgerRows.instant(row[3]), LedgerRows.longValue(row[4]));
    }

    private long customerOf(long accountId) {
        return LedgerRows.longValue(em.createNativeQuery("SELECT customer_id FROM loyalty_accounts WHERE id = :a")
                .setParameter("a", accountId).getSingleResult());
    }

    private Optional<OrderPoints> orderPoints(long orderId, boolean lock) {
        List<?> rows = em.createNativeQuery("SELECT loyalty_account_id, order_amount, points_earned, refunded_amount,"
                        + " points_reversed FROM loyalty_order_points WHERE order_id = :o" + (lock ? " FOR UPDATE" : ""))
                .setParameter("o", orderId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new OrderPoints(LedgerRows.longValue(row[0]), (BigDecimal) row[1],
                ((Number) row[2]).intValue(), (BigDecimal) row[3], ((Number) row[4]).intValue()));
    }

    private static String optional(String field, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LedgerRows.text(field, value, LedgerRows.MAX_REASON, "loyalty.reason.required", "loyalty.reason.size",
                locale);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
