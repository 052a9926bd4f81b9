package pe.colca.payment.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.Where;
import pe.colca.payment.CashMovement;
import pe.colca.payment.CashMovementType;
import pe.colca.payment.CashMovementView;
import pe.colca.payment.CashReport;
import pe.colca.payment.CashSession;
import pe.colca.payment.CashSessionFilter;
import pe.colca.payment.CashSessionStatus;
import pe.colca.payment.CashSessionView;
import pe.colca.payment.CashTenderTotal;
import pe.colca.payment.PaymentMethod;
import pe.colca.payment.PaymentStatus;
import pe.colca.security.StoreScope;
import pe.colca.security.UserDirectory;

/**
 * The read side of the cash sessions: the X/Z report (movements summed by type in one query, the session's
 * payments per tender in another, the refunds of returns its drawer paid per tender in a third), the sessions list and the movements of a session. No permission check
 * here: {@link DefaultCashSessionService} decides who may read, then calls these.
 */
final class CashSessionReads {

    static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final Set<String> SORTABLE = Set.of("openedAt", "closedAt", "discrepancy", "startingCash");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final EntityManager em;
    private final UserDirectory users;

    CashSessionReads(EntityManager em, UserDirectory users) {
        this.em = em;
        this.users = users;
    }

    /** One sum and count per movement type. */
    private record TypeSum(BigDecimal amount, long count) {
    }

    CashReport report(CashSession session) {
        Map<CashMovementType, TypeSum> sums = new EnumMap<>(CashMovementType.class);
        for (Tuple t : em.createQuery("SELECT m.type AS kind, sum(m.amount) AS total, count(m) AS n FROM CashMovement m"
                + " WHERE m.session.id = :s GROUP BY m.type", Tuple.class).setParameter("s", session.getId())
                .getResultList()) {
            sums.put(t.get("kind", CashMovementType.class),
                    new TypeSum(money(t.get("total")), ((Number) t.get("n")).longValue()));
        }
        BigDecimal expected = Stream.of(CashMovementType.values()).filter(type -> sums.containsKey(type))
                .map(type -> sums.get(type).amount().multiply(BigDecimal.valueOf(type.sign())))
                .reduce(ZERO, BigDecimal::add);
        return new CashReport(view(session), session.getCountedAt() != null, Instant.now(), session.getStartingCash(),
                sum(sums, CashMovementType.SALE).amount(), sum(sums, CashMovementType.SALE).count(),
                sum(sums, CashMovementType.REFUND).amount(), sum(sums, CashMovementType.REFUND).count(),
                sum(sums, CashMovementType.WALLET_TOP_UP).amount(), sum(sums, CashMovementType.CASH_IN).amount(),
                sum(sums, CashMovementType.CASH_OUT).amount(), expected, tenders(session.getId()));
    }

    private static TypeSum sum(Map<CashMovementType, TypeSum> sums, CashMovementType type) {
        return sums.getOrDefault(type, new TypeSum(ZERO, 0));
    }

    /** One tender's figures while they are added up. */
    private record TenderSum(long payments, BigDecimal taken, BigDecimal refunded, long returns, BigDecimal returned) {
    }

    /**
     * The session's payments (approved, or approved and refunded since) by method, and the refunds of returns
     * its drawer paid (the refund rows named by its {@code REFUND} movements) by method.
     */
    List<CashTenderTotal> tenders(long sessionId) {
        Map<PaymentMethod, TenderSum> sums = new EnumMap<>(PaymentMethod.class);
        for (Tuple t : em.createQuery("SELECT p.method AS tender, count(p) AS n, sum(p.amount) AS taken,"
                        + " sum(CASE WHEN p.status = :refunded THEN p.amount ELSE 0 END) AS refunded FROM Payment p"
                        + " WHERE p.cashSessionId = :s AND p.status IN (:counted) GROUP BY p.method", Tuple.class)
                .setParameter("s", sessionId).setParameter("refunded", PaymentStatus.REFUNDED)
                .setParameter("counted", List.of(PaymentStatus.APPROVED, PaymentStatus.REFUNDED))
                .getResultList()) {
            sums.put(t.get("tender", PaymentMethod.class), new TenderSum(((Number) t.get("n")).longValue(),
                    money(t.get("taken")), money(t.get("refunded")), 0, ZERO));
        }
        for (Tuple t : em.createQuery("SELECT p.method AS tender, count(m) AS n, sum(m.amount) AS returned"
                        + " FROM CashMovement m, Payment p WHERE m.session.id = :s AND m.type = :refund"
                        + " AND p.id = m.paymentId GROUP BY p.method", Tuple.class)
                .setParameter("s", sessionId).setParameter("refund", CashMovementType.REFUND).getResultList()) {
            TenderSum taken = sums.getOrDefault(t.get("tender", PaymentMethod.class), new TenderSum(0, ZERO, ZERO, 0, ZERO));
            sums.put(t.get("tender", PaymentMethod.class), new TenderSum(taken.payments(), taken.taken(),
                    taken.refunded(), ((Number) t.get("n")).longValue(), money(t.get("returned"))));
        }
        List<CashTenderTotal> totals = new ArrayList<>();
        sums.forEach((method, t) -> totals.add(new CashTenderTotal(method, t.payments(), t.taken(), t.refunded(),
                t.returns(), t.returned(), t.taken().subtract(t.refunded()).subtract(t.returned()))));
        return totals;
    }

    Page<CashSessionView> search(CashSessionFilter filter, PageRequest page, StoreScope scope, Long onlyUser) {
        CashSessionFilter f = filter == null ? CashSessionFilter.none() : filter;
        Where where = new Where()
                .andIf(f.locationId(), "s.locationId = :location", "location")
                .andIf(onlyUser != null ? onlyUser : f.userId(), "s.userId = :user", "user")
                .andIf(start(f.openedFrom()), "s.openedAt >= :from", "from")
                .andIf(start(f.openedTo() == null ? null : f.openedTo().plusDays(1)), "s.openedAt < :to", "to");
        if (f.state() != null) {
            switch (f.state()) {
                case OPEN -> where.and("s.status = :status AND s.countedAt IS NULL", "status", CashSessionStatus.OPEN);
                case AWAITING_APPROVAL -> where.and("s.status = :status AND s.countedAt IS NOT NULL", "status",
                        CashSessionStatus.OPEN);
                case CLOSED -> where.and("s.status = :status", "status", CashSessionStatus.CLOSED);
            }
        }
        if (onlyUser == null) {
            scope.within(where, "s.locationId");
        }
        String sort = page.sortField() != null && SORTABLE.contains(page.sortField()) ? page.sortField() : "openedAt";
        boolean ascending = page.sortField() != null && SORTABLE.contains(page.sortField()) && page.ascending();
        Page<CashSession> sessions = where.page(
                em.createQuery("SELECT s FROM CashSession s" + where + " ORDER BY s." + sort
                        + (ascending ? " ASC" : " DESC") + ", s.id DESC", CashSession.class),
                em.createQuery("SELECT count(s) FROM CashSession s" + where, Long.class), page);
        List<Long> ids = new ArrayList<>();
        sessions.items().forEach(s -> {
            ids.add(s.getUserId());
            ids.add(s.getApprovedBy());
        });
        Map<Long, String> names = users.fullNames(ids);
        return sessions.map(s -> CashSessionView.of(s, names.get(s.getUserId()),
                s.getApprovedBy() == null ? null : names.get(s.getApprovedBy())));
    }

    Map<Long, String> cashiers(StoreScope scope, Long onlyUser) {
        Where where = new Where().andIf(onlyUser, "s.userId = :user", "user");
        if (onlyUser == null) {
            scope.within(where, "s.locationId");
        }
        List<Long> ids = where.bind(em.createQuery("SELECT DISTINCT s.userId FROM CashSession s" + where, Long.class))
                .setMaxResults(500).getResultList();
        Map<Long, String> names = users.fullNames(ids);
        Map<Long, String> sorted = new java.util.LinkedHashMap<>();
        ids.stream().sorted(Comparator.comparing(id -> String.valueOf(names.get(id))))
                .forEach(id -> sorted.put(id, names.getOrDefault(id, String.valueOf(id))));
        return sorted;
    }

    Page<CashMovementView> movements(long sessionId, PageRequest page) {
        Where where = new Where().and("m.session.id = :s", "s", sessionId);
        return where.page(em.createQuery("SELECT m FROM CashMovement m" + where + " ORDER BY m.createdAt, m.id",
                        CashMovement.class),
                em.createQuery("SELECT count(m) FROM CashMovement m" + where, Long.class), page)
                .map(CashMovementView::of);
    }

    CashSessionView view(CashSession session) {
        Map<Long, String> names = users.fullNames(Stream.of(session.getUserId(), session.getApprovedBy())
                .filter(id -> id != null).toList());
        return CashSessionView.of(session, names.get(session.getUserId()),
                session.getApprovedBy() == null ? null : names.get(session.getApprovedBy()));
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(LIMA).toInstant();
    }

    private static BigDecimal money(Object value) {
        if (value == null) {
            return ZERO;
        }
        BigDecimal amount = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
