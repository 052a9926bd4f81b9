package pe.colca.invoicing.internal.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RuleViolated;
import pe.colca.common.Where;
import pe.colca.invoicing.BoletaDelivery;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.SummaryLine;
import pe.colca.invoicing.SummaryService;
import pe.colca.invoicing.SummaryStatus;
import pe.colca.invoicing.SunatStatus;
import pe.colca.invoicing.SunatSummary;
import pe.colca.invoicing.internal.gateway.DocumentFiles;
import pe.colca.security.Caller;

/** See {@link SummaryService}. */
@Stateless
public class DefaultSummaryService implements SummaryService {

    static final String ENTITY = "entity.summary";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SummaryBuilder builder;

    @EJB
    private SummaryTicketSweep sweep;

    @EJB
    private Caller caller;

    /** EXPIRED with a line whose document has not reached, since, what the file was sent for ({@link Filter}). */
    private static final String NEEDS_ATTENTION = "(s.status = :expired AND EXISTS (SELECT l.id FROM SummaryLine l"
            + " JOIN ElectronicDocument d ON d.id = l.documentId WHERE l.summaryId = s.id AND d.sunatStatus <> :voided"
            + " AND (l.conditionCode IS NULL OR l.conditionCode = 3 OR d.sunatStatus NOT IN :accepted)))";

    @Override
    @RolesAllowed("sunat.document.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<SunatSummary> search(Filter filter, PageRequest page) {
        Filter f = filter == null ? new Filter(null, null, null, null) : filter;
        Where where = new Where()
                .andIf(f.companyId(), "s.companyId = :company", "company")
                .andIf(f.kind(), "s.kind = :kind", "kind")
                .andIf(f.status(), "s.status = :status", "status")
                .andIf(f.referenceDate(), "s.referenceDate = :date", "date");
        if (f.needsAttention() != null) {
            where.and((f.needsAttention() ? "" : "NOT ") + NEEDS_ATTENTION)
                    .param("expired", SummaryStatus.EXPIRED).param("voided", SunatStatus.VOIDED)
                    .param("accepted", List.of(SunatStatus.ACCEPTED, SunatStatus.OBSERVED));
        }
        return where.page(em.createQuery("SELECT s FROM SunatSummary s" + where + " ORDER BY s.createdAt DESC, s.id DESC",
                        SunatSummary.class),
                em.createQuery("SELECT count(s) FROM SunatSummary s" + where, Long.class), page);
    }

    @Override
    @RolesAllowed("sunat.document.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SunatSummary get(long id) {
        SunatSummary summary = em.find(SunatSummary.class, id);
        if (summary == null) {
            throw new RecordNotFound(ENTITY, id);
        }
        return summary;
    }

    @Override
    @RolesAllowed("sunat.document.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LineView> lines(long summaryId) {
        get(summaryId);
        return em.createQuery("SELECT l, d.documentType, d.series, d.correlativeNumber, d.sunatStatus"
                        + " FROM SummaryLine l JOIN ElectronicDocument d ON d.id = l.documentId WHERE l.summaryId = :id"
                        + " ORDER BY l.lineNumber", Tuple.class)
                .setParameter("id", summaryId).getResultStream()
                .map(t -> {
                    SummaryLine l = t.get(0, SummaryLine.class);
                    return new LineView(l.getLineNumber(), l.getDocumentId(), t.get(1, String.class),
                            t.get(2, String.class) + "-" + t.get(3, Integer.class), l.getConditionCode(), l.getStatus(),
                            l.getResponseCode(), l.getMessage(), t.get(4, SunatStatus.class));
                }).toList();
    }

    @Override
    @RolesAllowed("sunat.document.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> file(long summaryId, boolean cdr) {
        SunatSummary s = get(summaryId);
        String path = cdr ? s.getCdrPath() : s.getXmlPath();
        if (path == null) {
            return Optional.empty();
        }
        Path file = Path.of(path);
        if (!file.startsWith(DocumentFiles.directory()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @RolesAllowed("sunat.document.issue")
    public List<SunatSummary> summarize(int companyId, LocalDate referenceDate) {
        Company company = em.find(Company.class, companyId);
        if (company == null) {
            throw new RecordNotFound(DefaultSummaryDelivery.COMPANY, companyId);
        }
        if (company.getBoletaDelivery() != BoletaDelivery.SUMMARY) {
            throw new RuleViolated("boletas-by-bill", "invoicing.summary.byBill", company.getRuc());
        }
        if (referenceDate == null || referenceDate.isAfter(LocalDate.now(SummaryBuilder.LIMA))) {
            throw new RuleViolated("summary-date-future", "invoicing.summary.future", String.valueOf(referenceDate));
        }
        return builder.summarize(companyId, referenceDate, caller.userId().orElse(null));
    }

    @Override
    @RolesAllowed("sunat.document.issue")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep() {
        return sweep.run();
    }
}
