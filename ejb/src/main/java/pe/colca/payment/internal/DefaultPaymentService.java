package pe.colca.payment.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.common.InvalidInput;
import pe.colca.common.RequestMetadata;
import pe.colca.customer.LoyaltyPosted;
import pe.colca.customer.LoyaltyService;
import pe.colca.customer.WalletPosted;
import pe.colca.customer.WalletService;
import pe.colca.payment.CashDrawer;
import pe.colca.payment.Payment;
import pe.colca.payment.PaymentExceedsDue;
import pe.colca.payment.PaymentKeyExpired;
import pe.colca.payment.PaymentKeyReused;
import pe.colca.payment.PaymentMethod;
import pe.colca.payment.PaymentNeedsCustomer;
import pe.colca.payment.PaymentRequest;
import pe.colca.payment.PaymentResult;
import pe.colca.payment.PaymentService;
import pe.colca.sales.OrderPayments;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.settings.Settings;

/**
 * {@link PaymentService}. The order of work: the key's advisory lock (replays of one key take turns
 * and the later ones find the first payment), the order row lock (payments of one order take turns,
 * so two keys never pay the same amount due twice), the checks, the money movement of the method
 * (wallet, loyalty), the payment row and its audit row, and last the order's settlement (which sells
 * the stock of a fully paid order: stock rows are the last locks of the transaction).
 */
@Stateless
public class DefaultPaymentService implements PaymentService {

    static final String TTL_SETTING = "payment.idempotency.ttl_hours";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000.00");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderPayments orders;

    @EJB
    private WalletService wallets;

    @EJB
    private LoyaltyService loyalty;

    @EJB
    private AuditTrail audit;

    @EJB
    private Settings settings;

    @EJB
    private CashDrawer drawer;

    @EJB
    private Caller caller;

    @Inject
    private RequestMetadata request;

    @Override
    @RolesAllowed("payment.create")
    public PaymentResult pay(long orderId, String idempotencyKey, PaymentRequest payment) {
        String key = PaymentChecks.key(idempotencyKey, request.getLocale());
        PaymentChecks.validate(payment, request.getLocale());
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:k, 12))").setParameter("k", "payment:" + key)
                .getSingleResult();
        Payment first = em.createQuery("SELECT p FROM Payment p WHERE p.idempotencyKey = :k", Payment.class)
                .setParameter("k", key).getResultList().stream().findFirst().orElse(null);
        if (first != null) {
            return replay(first, orderId, payment);
        }
        OrderPayments.PayableOrder order = orders.payable(orderId);
        BigDecimal paid = paidTotal(orderId);
        BigDecimal amount = amount(payment, order);
        BigDecimal due = order.grandTotal().subtract(paid);
        if (amount.compareTo(due) > 0) {
            throw new PaymentExceedsDue(order.orderNumber(), PaymentChecks.soles(amount), PaymentChecks.soles(due));
        }
        Map<String, Object> gateway = new LinkedHashMap<>();
        String transactionId = charge(payment, amount, order, key, gateway);
        Instant now = Instant.now();
        Payment p = new Payment(orderId, key, payment.method(), amount,
                now.plus(Duration.ofHours(Math.max(1, settings.integer(TTL_SETTING)))));
        Long session = cashSession(payment, order);
        if (session != null) {
            p.takenInCashSession(session);
        }
        p.approve(transactionId, gateway, now);
        em.persist(p);
        em.flush();
        // written once: left managed, every later flush of the payment's transaction (each native statement of
        // the settlement flushes) found its jsonb gateway response dirty and updated the row again (version 25
        // after a 3-line cash checkout, bench/checkout)
        em.detach(p);
        if (session != null && payment.method() == PaymentMethod.CASH) {
            drawer.recordSale(session, p.getId(), amount);
        }
        audit.record("PAYMENT", "payments", p.getId(), null, PaymentChecks.audit(p));
        OrderPayments.SettledOrder settled = orders.settle(orderId, paid.add(amount));
        return new PaymentResult(p, change(p), settled, false);
    }

    @Override
    @RolesAllowed({"payment.view", "order.view"})
    public List<Payment> payments(long orderId) {
        orders.state(orderId, BigDecimal.ZERO); // 404 / 403 like the order
        return em.createQuery("SELECT p FROM Payment p WHERE p.orderId = :o ORDER BY p.id", Payment.class)
                .setParameter("o", orderId).getResultList();
    }

    /**
     * The cash session the payment belongs to: cash is taken only into the caller's open session at the
     * order's store (422 {@code no-open-cash-session} otherwise), so the drawer's expected cash counts
     * it; another tender joins the open session when there is one, for the per-tender totals of X and Z.
     */
    private Long cashSession(PaymentRequest payment, OrderPayments.PayableOrder order) {
        long user = caller.userId().orElse(0L);
        int location = Math.toIntExact(order.locationId());
        if (payment.method() == PaymentMethod.CASH) {
            return drawer.requireOpenSession(user, location);
        }
        return drawer.openSession(user, location).orElse(null);
    }

    private PaymentResult replay(Payment first, long orderId, PaymentRequest payment) {
        if (first.getIdempotencyExpiresAt() != null && first.getIdempotencyExpiresAt().isBefore(Instant.now())) {
            throw new PaymentKeyExpired(first.getIdempotencyKey());
        }
        BigDecimal amount = payment.method() == PaymentMethod.LOYALTY && payment.amount() == null && payment.points() != null
                ? loyalty.valueOf(payment.points()) : payment.amount();
        if (!first.isSameRequest(orderId, payment.method(), amount)) {
            throw new PaymentKeyReused(first.getIdempotencyKey());
        }
        return new PaymentResult(first, change(first), orders.state(orderId, paidTotal(orderId)), true);
    }

    private BigDecimal paidTotal(long orderId) {
        BigDecimal sum = em.createQuery("SELECT coalesce(sum(p.amount), 0) FROM Payment p WHERE p.orderId = :o"
                        + " AND p.status = pe.colca.payment.PaymentStatus.APPROVED", BigDecimal.class)
                .setParameter("o", orderId).getSingleResult();
        return sum.setScale(2);
    }

    /** The amount of the request; for points, their value (checked against the amount when both are given). */
    private BigDecimal amount(PaymentRequest payment, OrderPayments.PayableOrder order) {
        if (payment.method() != PaymentMethod.LOYALTY) {
            return payment.amount().setScale(2);
        }
        BigDecimal value = loyalty.valueOf(payment.points()).setScale(2, java.math.RoundingMode.HALF_UP);
        if (payment.amount() != null && payment.amount().compareTo(value) != 0) {
            throw InvalidInput.of("amount", PaymentChecks.text(request.getLocale(), "sales.payment.pointsValue",
                    payment.points(), PaymentChecks.soles(value)));
        }
        return value;
    }

    /** Moves the money of the method (wallet, points) and fills the gateway response; returns the transaction id. */
    private String charge(PaymentRequest payment, BigDecimal amount, OrderPayments.PayableOrder order, String key,
                          Map<String, Object> gateway) {
        gateway.put("method", payment.method().name());
        switch (payment.method()) {
            case CASH -> {
                gateway.put("tendered", payment.tendered().setScale(2));
                gateway.put("change", payment.tendered().subtract(amount).setScale(2));
                return null;
            }
            case CARD -> {
                gateway.put("authCode", payment.authCode().strip());
                gateway.put("cardLast4", payment.cardLast4());
                return payment.authCode().strip();
            }
            case YAPE, PLIN, BANK_TRANSFER -> {
                gateway.put("reference", payment.reference().strip());
                return payment.reference().strip();
            }
            case WALLET -> {
                if (order.customerId() == null) {
                    throw new PaymentNeedsCustomer(order.orderNumber());
                }
                WalletPosted posted = wallets.pay(order.customerId(), amount, key);
                gateway.put("walletTransactionId", posted.transactionId());
                gateway.put("walletBalance", posted.balance());
                return String.valueOf(posted.transactionId());
            }
            case LOYALTY -> {
                if (order.customerId() == null) {
                    throw new PaymentNeedsCustomer(order.orderNumber());
                }
                LoyaltyPosted posted = loyalty.redeem(order.customerId(), payment.points(), order.orderId(),
                        "payment " + key);
                gateway.put("points", payment.points());
                gateway.put("loyaltyMovementId", posted.movementId());
                gateway.put("pointsBalance", posted.balance());
                return posted.movementId() == null ? null : String.valueOf(posted.movementId());
            }
            default -> throw new IllegalStateException("unknown method " + payment.method());
        }
    }

    private static BigDecimal change(Payment p) {
        Map<String, Object> g = p.getGatewayResponse();
        Object change = g == null ? null : g.get("change");
        return change == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(change.toString()).setScale(2);
    }
}
