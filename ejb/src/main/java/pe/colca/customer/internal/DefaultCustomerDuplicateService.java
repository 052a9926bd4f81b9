package pe.colca.customer.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.SqlValues;
import pe.colca.common.Where;
import pe.colca.customer.CustomerDuplicateService;
import pe.colca.customer.CustomerMergeRefused;
import pe.colca.customer.DuplicateCandidate;
import pe.colca.customer.DuplicateDismissal;
import pe.colca.customer.DuplicateReason;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.settings.Settings;

/**
 * {@link CustomerDuplicateService} in SQL. The candidates are found per reason, each by an index of V1/V19: a
 * DNI inside a RUC 10 ({@code substr(ruc, 3, 8)} looked up in {@code uq_customers_doc_number}), the same email
 * ({@code uq_customers_email_lower}), the same phone ({@code ix_customers_phone_trgm}, equality), similar names
 * ({@code %} on {@code ix_customers_name_trgm} with {@code pg_trgm.similarity_threshold} set for the transaction
 * from {@code customer.duplicates.similarity}); then grouped by pair, dismissed pairs left out, scored and paged
 * in the same statement. Without a search text each pair is generated once ({@code y.id > x.id}); with one, the
 * matching customers are the anchors and their pairs are looked up in both directions.
 */
@Stateless
public class DefaultCustomerDuplicateService implements CustomerDuplicateService {

    static final String SIMILARITY = "customer.duplicates.similarity";
    private static final String NAME = "lower(colca_unaccent(lower(%s.full_name)))";
    /** Weight of each reason in the score; a name weighs its similarity. */
    private static final BigDecimal DOCUMENT_WEIGHT = new BigDecimal("1.00");
    private static final BigDecimal EMAIL_WEIGHT = new BigDecimal("0.95");
    private static final BigDecimal PHONE_WEIGHT = new BigDecimal("0.85");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    @EJB
    private Settings settings;

    @Override
    @RolesAllowed("customer.merge")
    public Page<DuplicateCandidate> candidates(String text, PageRequest page) {
        BigDecimal threshold = settings.decimal(SIMILARITY).max(new BigDecimal("0.1")).min(BigDecimal.ONE);
        em.createNativeQuery("SELECT set_config('pg_trgm.similarity_threshold', :t, true)")
                .setParameter("t", threshold.toPlainString()).getSingleResult();
        String search = text == null || text.isBlank() ? null : text.strip();
        String anchor = search == null ? "" : " AND x.id IN (SELECT id FROM anchors)";
        String other = search == null ? "y.id > x.id" : "y.id <> x.id";
        String sql = "WITH anchors AS (SELECT c.id FROM customers c WHERE c.deleted_at IS NULL"
                + (search == null ? " AND false" : " AND (c.doc_number = :doc OR " + String.format(NAME, "c")
                + " LIKE :name ESCAPE '!' OR lower(c.email) LIKE :text ESCAPE '!')") + "),"
                + " pairs AS ("
                + "SELECT least(x.id, y.id) AS a, greatest(x.id, y.id) AS b, 'DOCUMENT' AS reason FROM customers x"
                + " JOIN customers y ON y.doc_number = substr(x.doc_number, 3, 8) AND y.doc_type = 'DNI'"
                + " AND y.deleted_at IS NULL WHERE x.doc_type = 'RUC' AND x.doc_number LIKE '10%' AND x.deleted_at IS NULL"
                + (search == null ? "" : " AND (x.id IN (SELECT id FROM anchors) OR y.id IN (SELECT id FROM anchors))")
                + " UNION ALL SELECT least(x.id, y.id), greatest(x.id, y.id), 'EMAIL' FROM customers x JOIN customers y"
                + " ON lower(y.email) = lower(x.email) AND " + other + " AND y.deleted_at IS NULL"
                + " WHERE x.email IS NOT NULL AND x.deleted_at IS NULL" + anchor
                + " UNION ALL SELECT least(x.id, y.id), greatest(x.id, y.id), 'PHONE' FROM customers x JOIN customers y"
                + " ON y.phone = x.phone AND " + other + " AND y.deleted_at IS NULL"
                + " WHERE x.phone IS NOT NULL AND x.deleted_at IS NULL" + anchor
                + " UNION ALL SELECT least(x.id, y.id), greatest(x.id, y.id), 'NAME' FROM customers x JOIN customers y"
                + " ON " + String.format(NAME, "y") + " % " + String.format(NAME, "x") + " AND " + other
                + " AND y.deleted_at IS NULL WHERE x.deleted_at IS NULL" + anchor + "),"
                + " grouped AS (SELECT p.a, p.b, array_agg(DISTINCT p.reason) AS reasons FROM pairs p"
                + " WHERE NOT EXISTS (SELECT 1 FROM customer_duplicate_dismissals d WHERE d.customer_id = p.a"
                + " AND d.other_customer_id = p.b) GROUP BY p.a, p.b),"
                + " scored AS (SELECT g.a, g.b, array_to_string(g.reasons, ',') AS reasons,"
                + " CAST(similarity(" + String.format(NAME, "ca") + ", " + String.format(NAME, "cb") + ") AS numeric) AS sim,"
                + " ca.doc_type AS a_doc_type, ca.doc_number AS a_doc_number, ca.full_name AS a_name, ca.email AS a_email,"
                + " ca.phone AS a_phone, ca.version AS a_version, cb.doc_type AS b_doc_type, cb.doc_number AS b_doc_number,"
                + " cb.full_name AS b_name, cb.email AS b_email, cb.phone AS b_phone, cb.version AS b_version"
                + " FROM grouped g JOIN customers ca ON ca.id = g.a JOIN customers cb ON cb.id = g.b),"
                + " ranked AS (SELECT s.*, round(1 - (CASE WHEN s.reasons LIKE '%DOCUMENT%' THEN 1 - :wd ELSE 1 END)"
                + " * (CASE WHEN s.reasons LIKE '%EMAIL%' THEN 1 - :we ELSE 1 END)"
                + " * (CASE WHEN s.reasons LIKE '%PHONE%' THEN 1 - :wp ELSE 1 END)"
                + " * (CASE WHEN s.reasons LIKE '%NAME%' THEN 1 - s.sim ELSE 1 END), 2) AS score FROM scored s)"
                + " SELECT r.*, count(*) OVER () AS total FROM ranked r ORDER BY r.score DESC, r.a, r.b"
                + " OFFSET :offset LIMIT :limit";
        Query query = em.createNativeQuery(sql, Tuple.class).setParameter("wd", DOCUMENT_WEIGHT)
                .setParameter("we", EMAIL_WEIGHT).setParameter("wp", PHONE_WEIGHT)
                .setParameter("offset", page.offset()).setParameter("limit", page.limit());
        if (search != null) {
            query.setParameter("doc", search.toUpperCase(Locale.ROOT))
                    .setParameter("name", Where.containing(DefaultCustomerService.Texts.unaccent(search)))
                    .setParameter("text", Where.containing(search));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        List<DuplicateCandidate> items = new ArrayList<>();
        long total = 0;
        for (Tuple r : rows) {
            total = number(r, "total");
            List<DuplicateReason> reasons = new ArrayList<>();
            for (String reason : r.get("reasons", String.class).split(",")) {
                reasons.add(DuplicateReason.valueOf(reason));
            }
            reasons.sort(null);
            items.add(new DuplicateCandidate(party(r, "a"), party(r, "b"),
                    ((BigDecimal) r.get("score")).setScale(2, RoundingMode.HALF_UP), List.copyOf(reasons),
                    ((BigDecimal) r.get("sim")).setScale(2, RoundingMode.HALF_UP)));
        }
        if (rows.isEmpty() && page.offset() > 0) {
            total = candidates(text, new PageRequest(0, 1, null, true)).total();
        }
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("customer.merge")
    public DuplicateDismissal dismiss(long customerId, long otherCustomerId, String reason) {
        Locale locale = request.getLocale();
        if (customerId == otherCustomerId) {
            throw CustomerMergeRefused.sameCustomer(customerId);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 1000) {
            throw InvalidInput.of("reason", Messages.format(locale, "customer.reason.size"));
        }
        long low = Math.min(customerId, otherCustomerId);
        long high = Math.max(customerId, otherCustomerId);
        live(low);
        live(high);
        int inserted = em.createNativeQuery("INSERT INTO customer_duplicate_dismissals (customer_id, other_customer_id,"
                        + " dismissed_by, dismissed_at, reason) VALUES (:a, :b, :by, now(), :why) ON CONFLICT DO NOTHING")
                .setParameter("a", low).setParameter("b", high)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("by", caller.userId().orElse(null), Long.class).setParameter("why", why, String.class)
                .executeUpdate();
        if (inserted > 0) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("customer_id", low);
            row.put("other_customer_id", high);
            row.put("reason", why);
            audit.record("DUPLICATE_DISMISS", "customer_duplicate_dismissals", low + "-" + high, null, row);
        }
        return dismissalRows(" WHERE d.customer_id = :a AND d.other_customer_id = :b", Map.of("a", low, "b", high), 0, 1)
                .get(0);
    }

    @Override
    @RolesAllowed("customer.merge")
    public Page<DuplicateDismissal> dismissals(PageRequest page) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM customer_duplicate_dismissals")
                .getSingleResult()).longValue();
        return new Page<>(dismissalRows("", Map.of(), page.offset(), page.limit()), total, page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("customer.merge")
    public boolean undismiss(long customerId, long otherCustomerId) {
        long low = Math.min(customerId, otherCustomerId);
        long high = Math.max(customerId, otherCustomerId);
        int deleted = em.createNativeQuery("DELETE FROM customer_duplicate_dismissals WHERE customer_id = :a"
                + " AND other_customer_id = :b").setParameter("a", low).setParameter("b", high).executeUpdate();
        if (deleted > 0) {
            audit.record("DUPLICATE_UNDISMISS", "customer_duplicate_dismissals", low + "-" + high,
                    Map.of("customer_id", low, "other_customer_id", high), null);
        }
        return deleted > 0;
    }

    private List<DuplicateDismissal> dismissalRows(String where, Map<String, Object> params, int offset, int limit) {
        Query query = em.createNativeQuery("SELECT d.customer_id, ca.full_name AS a_name, d.other_customer_id,"
                + " cb.full_name AS b_name, u.full_name AS by_name, d.dismissed_at, d.reason"
                + " FROM customer_duplicate_dismissals d JOIN customers ca ON ca.id = d.customer_id"
                + " JOIN customers cb ON cb.id = d.other_customer_id LEFT JOIN security_user_names u ON u.id = d.dismissed_by"
                + where + " ORDER BY d.dismissed_at DESC, d.customer_id, d.other_customer_id OFFSET :offset LIMIT :limit",
                Tuple.class).setParameter("offset", offset).setParameter("limit", limit);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(r -> new DuplicateDismissal(number(r, "customer_id"), r.get("a_name", String.class),
                number(r, "other_customer_id"), r.get("b_name", String.class), r.get("by_name", String.class),
                SqlValues.instant(r.get("dismissed_at")), r.get("reason", String.class))).toList();
    }

    private void live(long id) {
        if (em.createNativeQuery("SELECT 1 FROM customers WHERE id = :id AND deleted_at IS NULL").setParameter("id", id)
                .getResultList().isEmpty()) {
            throw new RecordNotFound(DefaultCustomerService.ENTITY, id);
        }
    }

    private static DuplicateCandidate.Party party(Tuple r, String side) {
        String p = side + "_";
        return new DuplicateCandidate.Party(number(r, side), IdentityDocumentType.valueOf(r.get(p + "doc_type", String.class)),
                r.get(p + "doc_number", String.class), r.get(p + "name", String.class), r.get(p + "email", String.class),
                r.get(p + "phone", String.class), number(r, p + "version"));
    }

    private static long number(Tuple r, String alias) {
        return ((Number) r.get(alias)).longValue();
    }
}
