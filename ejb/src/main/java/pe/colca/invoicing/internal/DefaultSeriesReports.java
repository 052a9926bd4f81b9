package pe.colca.invoicing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.Where;
import pe.colca.invoicing.SeriesReports;
import pe.colca.security.OutOfScope;
import pe.colca.security.StoreScope;

/**
 * Burnt numbers and the series report (see {@link SeriesReports}), in SQL: the report joins one page of
 * {@code generate_series} (the numbers) to the series' documents by the index on (company, type, series,
 * number), so a page costs the same on a series of 100,000 numbers as on a small one; the counts are one
 * aggregate over the series' documents; a "burnt only" page reads the rejected documents by that index, a
 * "gaps only" page finds the holes between consecutive numbers with a window function ({@code lag}) and
 * expands only those (no Java loop). A series' store is {@code document_sequences.location_id}.
 */
@Stateless
public class DefaultSeriesReports implements SeriesReports {

    private static final String SEQUENCE = "SELECT s.id, s.company_id, c.ruc, s.document_type, s.series,"
            + " s.current_number, s.location_id FROM document_sequences s JOIN companies c ON c.id = s.company_id";

    /** The documents of the series, by number; {@code d} is null for a gap. */
    private static final String NUMBERS = " LEFT JOIN electronic_documents d ON d.company_id = :company"
            + " AND d.document_type = :type AND d.series = :series AND d.correlative_number = n.num";

    /** The rejection (latest REJECTED event with SUNAT's code) and the replacement of a burnt document {@code d}. */
    private static final String BURNT_DETAIL = " LEFT JOIN LATERAL (SELECT e.code, e.message, e.occurred_at"
            + " FROM electronic_document_events e WHERE e.document_id = d.id AND e.status = 'REJECTED'"
            + " AND e.code IS NOT NULL ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) ev ON d.sunat_status = 'REJECTED'"
            + " LEFT JOIN LATERAL (SELECT r.id, r.series, r.correlative_number, r.sunat_status"
            + " FROM electronic_documents r WHERE r.replaces_document_id = d.id ORDER BY r.id LIMIT 1) rp"
            + " ON d.sunat_status = 'REJECTED'";

    private static final String ROW = "SELECT n.num AS number, d.id AS document_id, d.sunat_status AS status,"
            + " d.issue_date, ev.code AS rejection_code, coalesce(ev.message, d.sunat_message) AS rejection_message,"
            + " coalesce(ev.occurred_at, d.answered_at) AS rejected_at, rp.id AS replacement_id,"
            + " rp.series || '-' || rp.correlative_number AS replacement_number";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StoreScope scope;

    @Override
    @RolesAllowed("sunat.document.view")
    public List<SeriesOption> series() {
        Where where = scope.within(new Where(), "s.location_id");
        List<SeriesOption> options = new ArrayList<>();
        for (Object o : where.bind(em.createNativeQuery(SEQUENCE + where + " ORDER BY c.ruc, s.series, s.document_type",
                Tuple.class)).getResultList()) {
            Tuple t = (Tuple) o;
            options.add(new SeriesOption(((Number) t.get("id")).intValue(), ((Number) t.get("company_id")).longValue(),
                    (String) t.get("ruc"), (String) t.get("document_type"), (String) t.get("series"),
                    ((Number) t.get("current_number")).intValue()));
        }
        return options;
    }

    @Override
    @RolesAllowed("sunat.document.view")
    public Report report(int sequenceId, Show show, PageRequest page) {
        Tuple seq = sequence(sequenceId);
        // the planner over-estimates generate_series and would JIT-compile a 100 ms query for longer than it runs
        em.createNativeQuery("SET LOCAL jit = off").executeUpdate();
        long company = ((Number) seq.get("company_id")).longValue();
        String type = (String) seq.get("document_type");
        String series = (String) seq.get("series");
        int current = ((Number) seq.get("current_number")).intValue();
        Summary summary = summary(sequenceId, company, (String) seq.get("ruc"), type, series, current);
        Show s = show == null ? Show.ALL : show;
        List<NumberRow> rows = new ArrayList<>();
        long total;
        Query q;
        if (s == Show.ALL) {
            // the page is a range of numbers: offset 0 starts at 1
            long first = page.offset() + 1L;
            long last = Math.min(current, page.offset() + (long) page.limit());
            q = em.createNativeQuery(ROW + " FROM generate_series(CAST(:first AS integer), CAST(:last AS integer)) AS n(num)"
                    + NUMBERS + BURNT_DETAIL + " ORDER BY n.num", Tuple.class)
                    .setParameter("first", (int) Math.min(first, Integer.MAX_VALUE))
                    .setParameter("last", (int) last);
            total = current;
        } else if (s == Show.BURNT) {
            // the burnt documents themselves, by the (company, type, series, number) index
            q = em.createNativeQuery(ROW + " FROM electronic_documents d0 CROSS JOIN LATERAL"
                    + " (SELECT d0.correlative_number AS num) n" + NUMBERS + BURNT_DETAIL
                    + " WHERE d0.company_id = :company AND d0.document_type = :type AND d0.series = :series"
                    + " AND d0.sunat_status = 'REJECTED' AND d0.correlative_number <= CAST(:last AS integer)"
                    + " ORDER BY n.num", Tuple.class)
                    .setParameter("last", current)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            total = summary.burnt();
        } else {
            // the gaps: between each number and the one before it (window function), expanded only there
            q = em.createNativeQuery(ROW + " FROM (SELECT num FROM (SELECT correlative_number AS hi,"
                    + " lag(correlative_number, 1, 0) OVER (ORDER BY correlative_number) AS lo"
                    + " FROM (SELECT d1.correlative_number FROM electronic_documents d1 WHERE d1.company_id = :company"
                    + " AND d1.document_type = :type AND d1.series = :series"
                    + " AND d1.correlative_number <= CAST(:last AS integer)"
                    + " UNION ALL SELECT CAST(:last AS integer) + 1) numbers) pairs"
                    + " CROSS JOIN LATERAL generate_series(pairs.lo + 1, pairs.hi - 1) AS g(num) WHERE pairs.hi > pairs.lo + 1) n"
                    + NUMBERS + BURNT_DETAIL + " ORDER BY n.num", Tuple.class)
                    .setParameter("last", current)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            total = summary.gaps();
        }
        q.setParameter("company", company).setParameter("type", type).setParameter("series", series);
        for (Object o : q.getResultList()) {
            rows.add(numberRow((Tuple) o));
        }
        return new Report(summary, s, new Page<>(rows, total, page.offset(), page.limit()));
    }

    @Override
    @RolesAllowed("sunat.document.view")
    public Page<BurntNumber> burnt(BurntFilter filter, PageRequest page) {
        BurntFilter f = filter == null ? BurntFilter.none() : filter;
        Where where = new Where().and("d.sunat_status = 'REJECTED'")
                .andIf(f.companyId(), "d.company_id = :company", "company")
                .andIf(f.series() == null || f.series().isBlank() ? null : f.series().strip().toUpperCase(Locale.ROOT),
                        "d.series = :series", "series")
                .andIf(f.from(), "d.issue_date >= :from", "from")
                .andIf(f.to(), "d.issue_date <= :to", "to");
        scope.within(where, "s.location_id");
        String from = " FROM electronic_documents d JOIN companies c ON c.id = d.company_id"
                + " LEFT JOIN document_sequences s ON s.company_id = d.company_id AND s.series = d.series"
                + " AND s.document_type = d.document_type";
        Query items = where.bind(em.createNativeQuery("SELECT d.id AS document_id, d.company_id, c.ruc, d.document_type,"
                        + " d.series, d.correlative_number, d.issue_date, ev.code AS rejection_code,"
                        + " coalesce(ev.message, d.sunat_message) AS rejection_message,"
                        + " coalesce(ev.occurred_at, d.answered_at) AS rejected_at, rp.id AS replacement_id,"
                        + " rp.series || '-' || rp.correlative_number AS replacement_number,"
                        + " rp.sunat_status AS replacement_status" + from + BURNT_DETAIL + where
                        + " ORDER BY d.issue_date DESC, d.id DESC", Tuple.class))
                .setFirstResult(page.offset()).setMaxResults(page.limit());
        List<BurntNumber> rows = new ArrayList<>();
        for (Object o : items.getResultList()) {
            Tuple t = (Tuple) o;
            Number replacement = (Number) t.get("replacement_id");
            rows.add(new BurntNumber(((Number) t.get("document_id")).longValue(), ((Number) t.get("company_id")).longValue(),
                    (String) t.get("ruc"), (String) t.get("document_type"), (String) t.get("series"),
                    ((Number) t.get("correlative_number")).intValue(), DeadlineQueries.date(t.get("issue_date")),
                    (String) t.get("rejection_code"), (String) t.get("rejection_message"),
                    DeadlineQueries.instant(t.get("rejected_at")), replacement == null ? null : replacement.longValue(),
                    (String) t.get("replacement_number"), (String) t.get("replacement_status")));
        }
        long total = rows.size() < page.limit() && (!rows.isEmpty() || page.offset() == 0)
                ? page.offset() + rows.size()
                : ((Number) where.bind(em.createNativeQuery("SELECT count(*)" + from + where)).getSingleResult()).longValue();
        return new Page<>(rows, total, page.offset(), page.limit());
    }

    /** The series row, after checking the caller may see its store. */
    private Tuple sequence(int id) {
        List<?> found = em.createNativeQuery(SEQUENCE + " WHERE s.id = :id", Tuple.class).setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFound("series", id);
        }
        Tuple seq = (Tuple) found.get(0);
        Number location = (Number) seq.get("location_id");
        if (location != null) {
            scope.require(location.longValue());
        } else if (!scope.everywhere()) {
            throw new OutOfScope(0);
        }
        return seq;
    }

    private Summary summary(int id, long company, String ruc, String type, String series, int current) {
        Tuple t = (Tuple) em.createNativeQuery("SELECT count(*) FILTER (WHERE d.sunat_status <> 'REJECTED') AS issued,"
                        + " count(*) FILTER (WHERE d.sunat_status = 'REJECTED') AS burnt,"
                        + " count(*) FILTER (WHERE d.sunat_status = 'REJECTED' AND EXISTS (SELECT 1 FROM"
                        + " electronic_documents r WHERE r.replaces_document_id = d.id)) AS replaced,"
                        + " count(*) FILTER (WHERE d.correlative_number <= :current) AS numbered"
                        + " FROM electronic_documents d WHERE d.company_id = :company AND d.document_type = :type"
                        + " AND d.series = :series", Tuple.class)
                .setParameter("current", current).setParameter("company", company).setParameter("type", type)
                .setParameter("series", series).getSingleResult();
        long numbered = ((Number) t.get("numbered")).longValue();
        return new Summary(id, company, ruc, type, series, current, ((Number) t.get("issued")).longValue(),
                ((Number) t.get("burnt")).longValue(), ((Number) t.get("replaced")).longValue(), current - numbered);
    }

    private static NumberRow numberRow(Tuple t) {
        Number document = (Number) t.get("document_id");
        String status = (String) t.get("status");
        NumberState state = document == null ? NumberState.GAP
                : "REJECTED".equals(status) ? NumberState.BURNT : NumberState.ISSUED;
        Number replacement = (Number) t.get("replacement_id");
        return new NumberRow(((Number) t.get("number")).intValue(), state,
                document == null ? null : document.longValue(), status, DeadlineQueries.date(t.get("issue_date")),
                (String) t.get("rejection_code"), (String) t.get("rejection_message"),
                DeadlineQueries.instant(t.get("rejected_at")), replacement == null ? null : replacement.longValue(),
                (String) t.get("replacement_number"));
    }
}
