package pe.colca.invoicing.internal.summary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import pe.colca.invoicing.DailySummaries;
import pe.colca.invoicing.VoidingService;

/** See {@link DailySummaries}. */
@Stateless
@PermitAll
public class DefaultDailySummaries implements DailySummaries {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SummaryBuilder builder;

    @Override
    public List<DueDay> dueDays(LocalDate upTo) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT d.company_id, d.issue_date FROM electronic_documents d"
                        + " JOIN companies c ON c.id = d.company_id AND c.boleta_delivery = 'SUMMARY'"
                        + " WHERE d.deleted_at IS NULL AND left(d.series, 1) = 'B'"
                        + " AND d.sunat_status IN ('PENDING', 'ERROR') AND NOT d.needs_attention"
                        + " AND d.issue_date BETWEEN :from AND :upTo"
                        + " GROUP BY d.company_id, d.issue_date ORDER BY d.issue_date, d.company_id", Tuple.class)
                .setParameter("from", upTo.minusDays(VoidingService.WINDOW_DAYS))
                .setParameter("upTo", upTo)
                .getResultList();
        return rows.stream().map(t -> new DueDay(t.get(0, Number.class).intValue(), date(t.get(1)))).toList();
    }

    @Override
    public int summarize(DueDay day) {
        return builder.summarize(day.companyId(), day.referenceDate(), null).size();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
