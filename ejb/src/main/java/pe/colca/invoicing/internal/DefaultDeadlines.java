package pe.colca.invoicing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.Where;
import pe.colca.invoicing.Deadlines;
import pe.colca.security.StoreScope;
import pe.colca.settings.Settings;

/** The open SUNAT deadlines in the caller's stores (see {@link Deadlines}), read with {@link DeadlineQueries}. */
@Stateless
public class DefaultDeadlines implements Deadlines {

    static final String ALERT_HOURS = "invoicing.deadline.alert_hours";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StoreScope scope;

    @EJB
    private Settings settings;

    @Override
    @RolesAllowed("sunat.document.view")
    public Page<Item> search(Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.atRisk() : filter;
        Instant now = Instant.now();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime soon = soon(now);
        Where where = DeadlineQueries.show(new Where(), f.show(), at, soon)
                .andIf(f.kind() == null ? null : f.kind().name(), "i.kind = :kind", "kind")
                .andIf(f.companyId(), "i.company_id = :company", "company")
                .andIf(f.type() == null ? null : f.type().code(), "i.document_type = :type", "type")
                .andIf(f.series() == null || f.series().isBlank() ? null : f.series().strip().toUpperCase(Locale.ROOT),
                        "i.series = :series", "series");
        scope.within(where, "i.location_id");
        String from = " FROM (" + DeadlineQueries.ITEMS + ") i" + where;
        Query items = where.bind(em.createNativeQuery("SELECT i.*, " + DeadlineQueries.URGENCY + " AS urgency" + from
                        + " ORDER BY i.deadline, i.document_id, i.kind", Tuple.class))
                .setParameter("now", at).setParameter("soon", soon)
                .setFirstResult(page.offset()).setMaxResults(page.limit());
        List<Item> rows = new ArrayList<>();
        for (Object row : items.getResultList()) {
            rows.add(DeadlineQueries.item((Tuple) row, now));
        }
        long total = rows.size() < page.limit() && (!rows.isEmpty() || page.offset() == 0)
                ? page.offset() + rows.size()
                : ((Number) where.bind(em.createNativeQuery("SELECT count(*)" + from)).getSingleResult()).longValue();
        return new Page<>(rows, total, page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("sunat.document.view")
    public AtRisk atRisk() {
        Instant now = Instant.now();
        Where where = scope.within(new Where().and("i.deadline <= :soon"), "i.location_id");
        Tuple row = (Tuple) where.bind(em.createNativeQuery("SELECT count(*) FILTER (WHERE i.deadline <= :now) AS overdue,"
                        + " count(*) FILTER (WHERE i.deadline > :now) AS due_soon FROM (" + DeadlineQueries.ITEMS + ") i"
                        + where, Tuple.class))
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("soon", soon(now))
                .getSingleResult();
        return new AtRisk(((Number) row.get("due_soon")).longValue(), ((Number) row.get("overdue")).longValue());
    }

    private OffsetDateTime soon(Instant now) {
        return now.plus(Duration.ofHours(Math.max(0, settings.integer(ALERT_HOURS)))).atOffset(ZoneOffset.UTC);
    }
}
