package pe.colca.payment.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.customer.LoyaltyService;
import pe.colca.customer.WalletPosted;
import pe.colca.customer.WalletService;
import pe.colca.payment.CashDrawer;
import pe.colca.payment.OrderRefunds;
import pe.colca.payment.Payment;
import pe.colca.payment.PaymentMethod;
import pe.colca.payment.PaymentStatus;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

/**
 * {@link OrderRefunds}: refund rows of a return, in the return's transaction. The sales area checked the
 * permission ({@code order.refund.approve}) and holds the order row's lock, so refunds of one order take
 * turns; the services called here check their own ({@code CashDrawer}, {@code WalletService}: the return
 * permissions are among theirs; points of a LOYALTY tender go back with {@code loyalty.adjust}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultOrderRefunds implements OrderRefunds {

    static final String KEY_PREFIX = "refund:";
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CashDrawer drawer;

    @EJB
    private WalletService wallets;

    @EJB
    private LoyaltyService loyalty;

    @EJB
    private AuditTrail audit;

    @EJB
    private Caller caller;

    @Override
    public List<Refunded> byOriginalTenders(long orderId, long returnId, int locationId, Long customerId,
                                            BigDecimal amount) {
        BigDecimal left = amount.setScale(2, RoundingMode.HALF_UP);
        List<Refunded> done = new ArrayList<>();
        if (left.signum() <= 0) {
            return done;
        }
        Map<Long, BigDecimal> given = new HashMap<>();
        for (Refunded r : refunds(orderId)) {
            if (r.refundOf() != null) {
                given.merge(r.refundOf(), r.amount(), BigDecimal::add);
            }
        }
        List<Payment> paid = new ArrayList<>(em.createQuery("SELECT p FROM Payment p WHERE p.orderId = :o"
                        + " AND p.status = :approved ORDER BY p.id DESC", Payment.class)
                .setParameter("o", orderId).setParameter("approved", PaymentStatus.APPROVED).getResultList());
        // newest first, points last (money before points)
        paid.sort(Comparator.comparing((Payment p) -> p.getMethod() == PaymentMethod.LOYALTY));
        Long session = null;
        for (Payment p : paid) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal open = p.getAmount().subtract(given.getOrDefault(p.getId(), ZERO));
            if (open.signum() <= 0) {
                continue;
            }
            BigDecimal part = open.min(left);
            Map<String, Object> details = details(returnId, p.getMethod());
            details.put("refundOf", p.getId());
            String key = KEY_PREFIX + returnId + ":" + p.getId();
            String transaction = null;
            switch (p.getMethod()) {
                case CASH -> {
                    if (session == null) {
                        session = drawer.requireOpenSession(caller.userId().orElse(0L), locationId);
                    }
                    details.put("cashSessionId", session);
                }
                case WALLET -> {
                    WalletPosted posted = wallets.refund(requireCustomer(customerId, p), part, key);
                    details.put("walletTransactionId", posted.transactionId());
                    transaction = String.valueOf(posted.transactionId());
                }
                case LOYALTY -> {
                    int points = points(p, part);
                    details.put("points", points);
                    if (points > 0) {
                        details.put("loyaltyMovementId", loyalty.adjust(requireCustomer(customerId, p), points,
                                "Devolución " + returnId + " del pedido " + orderId, null).movementId());
                    }
                }
                default -> transaction = p.getTransactionId();
            }
            Payment refund = persist(Payment.refund(orderId, key, p.getMethod(), part, transaction, details,
                    Instant.now()));
            if (p.getMethod() == PaymentMethod.CASH) {
                drawer.recordRefund(session, refund.getId(), part);
            }
            done.add(refunded(refund));
            left = left.subtract(part);
        }
        if (left.signum() > 0) {
            throw new IllegalStateException("order " + orderId + " has " + left + " less paid than the refund asks");
        }
        return done;
    }

    @Override
    public Refunded toWallet(long orderId, long returnId, long customerId, BigDecimal amount) {
        String key = KEY_PREFIX + returnId + ":wallet";
        WalletPosted posted = wallets.refund(customerId, amount, key);
        Map<String, Object> details = details(returnId, PaymentMethod.WALLET);
        details.put("walletTransactionId", posted.transactionId());
        details.put("walletBalance", posted.balance());
        return refunded(persist(Payment.refund(orderId, key, PaymentMethod.WALLET, amount,
                String.valueOf(posted.transactionId()), details, Instant.now())));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Refunded> refunds(long orderId) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.orderId = :o AND p.status = :refunded"
                        + " AND p.idempotencyKey LIKE :prefix ORDER BY p.id", Payment.class)
                .setParameter("o", orderId).setParameter("refunded", PaymentStatus.REFUNDED)
                .setParameter("prefix", KEY_PREFIX + "%").getResultStream()
                .map(DefaultOrderRefunds::refunded).toList();
    }

    private Payment persist(Payment refund) {
        em.persist(refund);
        em.flush();
        audit.record("PAYMENT_REFUND", "payments", refund.getId(), null, PaymentChecks.audit(refund));
        return refund;
    }

    /** Points worth {@code part} at the rate the payment was taken (its points for its amount), rounded down. */
    private static int points(Payment p, BigDecimal part) {
        Object paidPoints = p.getGatewayResponse() == null ? null : p.getGatewayResponse().get("points");
        int all = paidPoints == null ? 0 : Integer.parseInt(paidPoints.toString());
        return BigDecimal.valueOf(all).multiply(part).divide(p.getAmount(), 0, RoundingMode.DOWN).intValueExact();
    }

    private static long requireCustomer(Long customerId, Payment p) {
        if (customerId == null) {
            throw new IllegalStateException("payment " + p.getId() + " by " + p.getMethod() + " without the order's customer");
        }
        return customerId;
    }

    private static Map<String, Object> details(long returnId, PaymentMethod method) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", method.name());
        details.put("returnId", returnId);
        return details;
    }

    private static Refunded refunded(Payment p) {
        Map<String, Object> g = p.getGatewayResponse();
        return new Refunded(p.getId(), number(g == null ? null : g.get("returnId")), p.getMethod(), p.getAmount(),
                number(g == null ? null : g.get("refundOf")));
    }

    private static Long number(Object value) {
        return value == null ? null : Long.valueOf(value.toString());
    }
}
