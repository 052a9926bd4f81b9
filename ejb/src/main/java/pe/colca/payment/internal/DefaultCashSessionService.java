package pe.colca.payment.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.SqlFailure;
import pe.colca.inventory.OrderStock;
import pe.colca.inventory.location.LocationInactive;
import pe.colca.inventory.location.LocationNotSelling;
import pe.colca.notification.NotificationChannel;
import pe.colca.notification.NotificationRequest;
import pe.colca.notification.Notifications;
import pe.colca.notification.Recipients;
import pe.colca.payment.CashApprovalRefused;
import pe.colca.payment.CashDenominations;
import pe.colca.payment.CashDrawer;
import pe.colca.payment.CashDrawerShort;
import pe.colca.payment.CashLocationNotSelling;
import pe.colca.payment.CashMovement;
import pe.colca.payment.CashMovementReused;
import pe.colca.payment.CashMovementType;
import pe.colca.payment.CashMovementView;
import pe.colca.payment.CashReport;
import pe.colca.payment.CashSession;
import pe.colca.payment.CashSessionAlreadyOpen;
import pe.colca.payment.CashSessionClosed;
import pe.colca.payment.CashSessionFilter;
import pe.colca.payment.CashSessionNoneOpen;
import pe.colca.payment.CashSessionNotFound;
import pe.colca.payment.CashSessionOfAnotherUser;
import pe.colca.payment.CashSessionService;
import pe.colca.payment.CashSessionStatus;
import pe.colca.payment.CashSessionView;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.security.StoreScope;
import pe.colca.security.UserDirectory;
import pe.colca.settings.Settings;

/**
 * Cash sessions and the cash drawer port. Locking: every change takes the session row first — a sale, a
 * wallet top-up or a pay-in with a shared lock ({@code FOR SHARE}: concurrent sales of one till never wait
 * for each other, and adding a movement does not bump the session's version), a pay-out, a refund, the
 * count, an approval with an exclusive one (they read the cash in the drawer, or end the session), so a
 * movement never lands in a session being counted and a pay-out never overdraws the drawer. The store scope
 * of the session's location is checked before anything is written; each action writes its audit row in the
 * same transaction.
 */
@Stateless
@DeclareRoles({"cash.session.view", "cash.session.approve"})
public class DefaultCashSessionService implements CashSessionService, CashDrawer {

    static final String TABLE = "cash_sessions";
    static final String DISCREPANCY_TYPE = "CASH_DISCREPANCY";
    static final String DISCREPANCY_TEMPLATE = "payment.cash_discrepancy";
    static final String REJECTED_TYPE = "CASH_COUNT_REJECTED";
    static final String REJECTED_TEMPLATE = "payment.cash_count_rejected";
    private static final String VIEW = "cash.session.view";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private StoreScope scope;

    @EJB
    private AuditTrail audit;

    @EJB
    private Settings settings;

    @EJB
    private Notifications notifications;

    @EJB
    private UserDirectory users;

    @EJB
    private OrderStock stores;

    // ---- sessions ------------------------------------------------------------------------------

    @Override
    @RolesAllowed("cash.session.open")
    public CashSessionView open(long locationId, BigDecimal startingCash) {
        Locale locale = request.getLocale();
        BigDecimal starting = CashInput.amount("startingCash", startingCash, true, locale);
        scope.require(locationId);
        requireSells(locationId, locale);
        long userId = me();
        Optional<CashSession> already = openSessionOf(userId);
        if (already.isPresent()) {
            throw new CashSessionAlreadyOpen(already.get().getId());
        }
        CashSession session = new CashSession(userId, locationId, starting);
        try {
            em.persist(session);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.UNIQUE_VIOLATION)) {
                throw new CashSessionAlreadyOpen(null); // a concurrent opening won (uq_cash_sessions_open_user)
            }
            if (SqlFailure.is(e, SqlFailure.FOREIGN_KEY_VIOLATION)) {
                throw CashInput.invalid("locationId", "cash.location.unknown", locale);
            }
            throw e;
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("user_id", userId);
        change.put("location_id", locationId);
        change.put("starting_cash", starting);
        audit.record("CASH_SESSION_OPEN", TABLE, session.getId(), null, change);
        return reads().view(session);
    }

    /** 422 unless the location sells (live, active, allows_sales); 400 on locationId when unknown. */
    private void requireSells(long locationId, Locale locale) {
        try {
            stores.sellingStore(locationId);
        } catch (LocationNotSelling | LocationInactive e) {
            throw new CashLocationNotSelling(e.localizedMessage(locale));
        }
    }

    @Override
    @RolesAllowed("cash.session.open")
    public Optional<CashSessionView> current() {
        return openSessionOf(me()).map(s -> reads().view(s));
    }

    @Override
    @RolesAllowed("cash.movement")
    public CashMovementView move(long sessionId, CashMovementType type, BigDecimal amount, String reason) {
        Locale locale = request.getLocale();
        if (type != CashMovementType.CASH_IN && type != CashMovementType.CASH_OUT) {
            throw CashInput.invalid("type", "cash.movement.type", locale);
        }
        BigDecimal value = CashInput.amount("amount", amount, false, locale);
        String why = CashInput.text("reason", reason, CashInput.MAX_REASON, locale);
        CashSession session = lock(sessionId, type == CashMovementType.CASH_OUT);
        scope.require(session.getLocationId());
        if (session.getUserId() != me() && !context.isCallerInRole(APPROVE)) {
            throw new CashSessionOfAnotherUser(sessionId);
        }
        CashMovement movement = record(session, type, value, why, null, null);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("session_id", sessionId);
        change.put("type", type.name());
        change.put("amount", value);
        change.put("reason", why);
        audit.record("CASH_" + type.name(), "cash_movements", movement.getId(), null, change);
        return CashMovementView.of(movement);
    }

    @Override
    @RolesAllowed({VIEW, "cash.session.open"})
    public CashReport report(long sessionId) {
        return reads().report(readable(sessionId));
    }

    @Override
    @RolesAllowed("cash.session.close")
    public CashReport close(long sessionId, Map<BigDecimal, Integer> count) {
        Locale locale = request.getLocale();
        Map<BigDecimal, Integer> pieces = CashInput.count(count, locale);
        CashSession session = lock(sessionId, true);
        scope.require(session.getLocationId());
        long me = me();
        if (session.getUserId() != me) {
            throw new CashSessionOfAnotherUser(sessionId);
        }
        requireTakesMovements(session);
        BigDecimal counted = CashDenominations.total(pieces);
        if (counted.compareTo(CashInput.MAX_AMOUNT) > 0) {
            throw CashInput.invalid("count", "cash.amount.max", locale);
        }
        Map<String, Integer> stored = new LinkedHashMap<>();
        pieces.forEach((d, n) -> stored.put(CashDenominations.key(d), n));
        BigDecimal threshold = settings.decimal(THRESHOLD_SETTING);
        boolean closed = session.count(stored, counted, me, threshold, Instant.now());
        em.flush();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("counted", stored);
        change.put("actual_cash", session.getActualCash());
        change.put("expected_cash", session.getExpectedCash());
        change.put("discrepancy", session.getDiscrepancy());
        change.put("threshold", threshold);
        change.put("status", closed ? CashSessionStatus.CLOSED.name() : "AWAITING_APPROVAL");
        audit.record(closed ? "CASH_SESSION_CLOSE" : "CASH_SESSION_COUNT", TABLE, sessionId, null, change);
        if (!closed) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("sessionId", sessionId);
            payload.put("locationId", session.getLocationId());
            payload.put("cashierId", session.getUserId());
            payload.put("expectedCash", session.getExpectedCash());
            payload.put("actualCash", session.getActualCash());
            payload.put("discrepancy", session.getDiscrepancy());
            payload.put("threshold", threshold);
            notifications.enqueue(NotificationRequest.of(DISCREPANCY_TYPE, NotificationChannel.EMAIL,
                    DISCREPANCY_TEMPLATE, payload, Recipients.staffWithPermission(APPROVE)));
        }
        return reads().report(session);
    }

    @Override
    @RolesAllowed(APPROVE)
    public CashSessionView approve(long sessionId) {
        CashSession session = awaitingApprovalByAnother(sessionId);
        session.approve(me(), Instant.now());
        em.flush();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("status", CashSessionStatus.CLOSED.name());
        change.put("discrepancy", session.getDiscrepancy());
        change.put("approved_by", session.getApprovedBy());
        audit.record("CASH_SESSION_APPROVE", TABLE, sessionId, Map.of("status", "AWAITING_APPROVAL"), change);
        return reads().view(session);
    }

    @Override
    @RolesAllowed(APPROVE)
    public CashSessionView reject(long sessionId, String reason) {
        String why = CashInput.text("reason", reason, CashInput.MAX_REASON, request.getLocale());
        CashSession session = awaitingApprovalByAnother(sessionId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("actual_cash", session.getActualCash());
        before.put("discrepancy", session.getDiscrepancy());
        before.put("counted", session.getCountedDenominations());
        session.discardCount();
        em.flush();
        audit.record("CASH_SESSION_REJECT", TABLE, sessionId, before, Map.of("reason", why, "status", "OPEN"));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sessionId", sessionId);
        payload.put("reason", why);
        notifications.enqueue(NotificationRequest.of(REJECTED_TYPE, NotificationChannel.EMAIL, REJECTED_TEMPLATE,
                payload, Recipients.users(session.getUserId())));
        return reads().view(session);
    }

    @Override
    @RolesAllowed({VIEW, "cash.session.open"})
    public CashSessionView get(long sessionId) {
        return reads().view(readable(sessionId));
    }

    @Override
    @RolesAllowed({VIEW, "cash.session.open"})
    public Page<CashMovementView> movements(long sessionId, PageRequest page) {
        readable(sessionId);
        return reads().movements(sessionId, page);
    }

    @Override
    @RolesAllowed({VIEW, "cash.session.open"})
    public Page<CashSessionView> search(CashSessionFilter filter, PageRequest page) {
        return reads().search(filter, page, scope, context.isCallerInRole(VIEW) ? null : me());
    }

    @Override
    @RolesAllowed({VIEW, "cash.session.open"})
    public Map<Long, String> cashiers() {
        return reads().cashiers(scope, context.isCallerInRole(VIEW) ? null : me());
    }

    // ---- the drawer port -----------------------------------------------------------------------

    @Override
    @RolesAllowed({"payment.create", "order.refund.approve", "order.cancel.approve"})
    public long requireOpenSession(long userId, int locationId) {
        scope.require(locationId);
        return openSessionOf(userId)
                .filter(s -> s.getLocationId() == locationId && s.takesMovements())
                .map(CashSession::getId)
                .orElseThrow(() -> new CashSessionNoneOpen(locationId));
    }

    @Override
    @RolesAllowed("payment.create")
    public Optional<Long> openSession(long userId, int locationId) {
        return openSessionOf(userId)
                .filter(s -> s.getLocationId() == locationId && s.takesMovements())
                .map(CashSession::getId);
    }

    @Override
    @RolesAllowed("payment.create")
    public void recordSale(long sessionId, long paymentId, BigDecimal amount) {
        BigDecimal value = CashInput.amount("amount", amount, false, request.getLocale());
        CashSession session = lock(sessionId, false);
        scope.require(session.getLocationId());
        List<CashMovement> earlier = em.createQuery("SELECT m FROM CashMovement m WHERE m.paymentId = :p"
                + " AND m.type = :t", CashMovement.class).setParameter("p", paymentId)
                .setParameter("t", CashMovementType.SALE).getResultList();
        if (!earlier.isEmpty()) {
            CashMovement first = earlier.get(0);
            if (first.getAmount().compareTo(value) != 0 || !first.getSession().getId().equals(sessionId)) {
                throw new CashMovementReused("payment " + paymentId);
            }
            return; // a retry: recorded already
        }
        record(session, CashMovementType.SALE, value, null, paymentId, null);
    }

    @Override
    @RolesAllowed({"payment.refund", "order.refund.approve", "order.cancel.approve"})
    public void recordRefund(long sessionId, long paymentId, BigDecimal amount) {
        BigDecimal value = CashInput.amount("amount", amount, false, request.getLocale());
        CashSession session = lock(sessionId, true);
        scope.require(session.getLocationId());
        record(session, CashMovementType.REFUND, value, null, paymentId, null);
    }

    @Override
    @RolesAllowed("payment.create")
    public void recordWalletTopUp(long sessionId, String reference, BigDecimal amount) {
        Locale locale = request.getLocale();
        BigDecimal value = CashInput.amount("amount", amount, false, locale);
        String ref = CashInput.text("reference", reference, CashInput.MAX_REFERENCE, locale);
        CashSession session = lock(sessionId, false);
        scope.require(session.getLocationId());
        List<CashMovement> earlier = em.createQuery("SELECT m FROM CashMovement m WHERE m.reference = :r"
                + " AND m.type = :t", CashMovement.class).setParameter("r", ref)
                .setParameter("t", CashMovementType.WALLET_TOP_UP).getResultList();
        if (!earlier.isEmpty()) {
            CashMovement first = earlier.get(0);
            if (first.getAmount().compareTo(value) != 0 || !first.getSession().getId().equals(sessionId)) {
                throw new CashMovementReused(ref);
            }
            return;
        }
        record(session, CashMovementType.WALLET_TOP_UP, value, null, null, ref);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private CashMovement record(CashSession session, CashMovementType type, BigDecimal value, String reason,
                                Long paymentId, String reference) {
        requireTakesMovements(session);
        if (type.sign() < 0) {
            BigDecimal inDrawer = session.cashInDrawer();
            if (value.compareTo(inDrawer) > 0) {
                throw new CashDrawerShort(value, inDrawer);
            }
        }
        CashMovement movement = session.record(type, value, reason, paymentId, reference);
        em.flush();
        return movement;
    }

    private static void requireTakesMovements(CashSession session) {
        if (!session.isOpen()) {
            throw CashSessionClosed.closed(session.getId());
        }
        if (!session.takesMovements()) {
            throw CashSessionClosed.counted(session.getId());
        }
    }

    /** The session row, locked: shared for movements that only add cash, exclusive otherwise. */
    private CashSession lock(long sessionId, boolean exclusive) {
        CashSession session = em.find(CashSession.class, sessionId,
                exclusive ? LockModeType.PESSIMISTIC_WRITE : LockModeType.PESSIMISTIC_READ);
        if (session == null) {
            throw new CashSessionNotFound(sessionId);
        }
        return session;
    }

    /** A session the caller may read: his own, or one of his stores with {@code cash.session.view}. */
    private CashSession readable(long sessionId) {
        CashSession session = em.find(CashSession.class, sessionId);
        if (session == null) {
            throw new CashSessionNotFound(sessionId);
        }
        if (session.getUserId() == me()) {
            return session;
        }
        if (!context.isCallerInRole(VIEW)) {
            throw new CashSessionOfAnotherUser(sessionId);
        }
        scope.require(session.getLocationId());
        return session;
    }

    private CashSession awaitingApprovalByAnother(long sessionId) {
        CashSession session = lock(sessionId, true);
        scope.require(session.getLocationId());
        if (!session.isAwaitingApproval()) {
            throw CashApprovalRefused.notAwaiting(sessionId);
        }
        long me = me();
        if (session.getUserId() == me || (session.getCountedBy() != null && session.getCountedBy() == me)) {
            throw CashApprovalRefused.selfApproval(sessionId);
        }
        return session;
    }

    private Optional<CashSession> openSessionOf(long userId) {
        return em.createQuery("SELECT s FROM CashSession s WHERE s.userId = :u AND s.status = :open", CashSession.class)
                .setParameter("u", userId).setParameter("open", CashSessionStatus.OPEN)
                .getResultStream().findFirst();
    }

    private long me() {
        return caller.userId().orElseThrow(() -> new IllegalStateException("a cash session needs a signed-in user"));
    }

    private CashSessionReads reads() {
        return new CashSessionReads(em, users);
    }
}
