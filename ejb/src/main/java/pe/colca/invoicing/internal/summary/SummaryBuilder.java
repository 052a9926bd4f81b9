package pe.colca.invoicing.internal.summary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import pe.colca.common.AfterCommit;
import pe.colca.invoicing.DocumentEvent;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.SummaryKind;
import pe.colca.invoicing.SummaryLine;
import pe.colca.invoicing.SunatStatus;
import pe.colca.invoicing.SunatSummary;
import pe.colca.invoicing.sunat.SummaryDocument.Line;
import pe.colca.invoicing.sunat.SummaryWriter;
import pe.colca.settings.Settings;

/**
 * Writes summaries in the caller's transaction: the RC files of a company's pending boletas and notes of
 * one issue date (at most {@code invoicing.summary.max_lines} lines each), and the one-line RA or RC
 * (condition 3) of a voiding. The company row is locked first ({@code FOR UPDATE}), so two builders of one
 * company take sequence numbers and documents one after the other: a number {@code RC|RA-YYYYMMDD-n} is
 * never reused and a document never lands in two summaries. After the commit the new summaries are
 * nudged on {@code sunat.status}, where {@link SummaryTickets} sends them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SummaryBuilder {

    static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final String NUDGE_KEY = SummaryBuilder.class.getName() + ".nudge";
    static final String MAX_LINES = "invoicing.summary.max_lines";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @EJB
    private SummaryNudge nudge;

    @EJB
    private SummaryContent content;

    @EJB
    private Settings settings;

    /** The RC files of the pending boletas and notes of the company issued on {@code referenceDate}. */
    public List<SunatSummary> summarize(int companyId, LocalDate referenceDate, Long userId) {
        lockCompany(companyId);
        List<ElectronicDocument> pending = em.createQuery("SELECT d FROM ElectronicDocument d"
                        + " WHERE d.companyId = :company AND d.issueDate = :date AND d.series LIKE 'B%'"
                        + " AND d.sunatStatus IN (:pending, :error) AND d.needsAttention = false"
                        + " AND NOT EXISTS (SELECT l FROM SummaryLine l WHERE l.documentId = d.id"
                        + "   AND l.status <> :rejected AND l.conditionCode IN (1, 2))"
                        + " ORDER BY d.documentType, d.series, d.correlativeNumber", ElectronicDocument.class)
                .setParameter("company", (long) companyId)
                .setParameter("date", referenceDate)
                .setParameter("pending", SunatStatus.PENDING)
                .setParameter("error", SunatStatus.ERROR)
                .setParameter("rejected", SummaryLine.Status.REJECTED)
                .getResultList();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Long, ElectronicDocument> referenced = referenced(pending);
        Instant now = Instant.now();
        List<ElectronicDocument> fit = new ArrayList<>();
        for (ElectronicDocument d : pending) {
            ElectronicDocument boleta = d.getReferencedDocumentId() == null ? null : referenced.get(d.getReferencedDocumentId());
            if (!"03".equals(d.getDocumentTypeCode()) && boleta == null) {
                d.flagAttention("la nota no indica la boleta que modifica; no puede ir en el resumen diario");
                continue;
            }
            Line line = content.line(d, boleta, 1);
            if (line.needsBuyer() && !line.hasBuyer()) {
                d.flagAttention("más de S/ 700 sin documento del comprador (SUNAT 2514); no puede ir en el resumen diario");
                em.persist(new DocumentEvent(d.getId(), now, d.getSunatStatus(), "2514",
                        "Boleta de más de S/ 700 sin documento del comprador", null));
                continue;
            }
            fit.add(d);
        }
        LocalDate today = LocalDate.now(LIMA);
        List<SunatSummary> summaries = new ArrayList<>();
        for (List<ElectronicDocument> file : SummaryWriter.files(fit, Math.max(1, settings.integer(MAX_LINES)))) {
            SunatSummary summary = new SunatSummary(companyId, SummaryKind.RC, today,
                    nextSequence(companyId, SummaryKind.RC, today), referenceDate, file.size(), userId);
            em.persist(summary);
            int n = 1;
            for (ElectronicDocument d : file) {
                em.persist(new SummaryLine(summary.getId(), n++, d.getId(), 1));
                d.sendInSummary(now);
                em.persist(new DocumentEvent(d.getId(), now, SunatStatus.SENT, null,
                        "En el resumen diario " + summary.getIdentifier(), userId));
            }
            summaries.add(summary);
        }
        em.flush();
        queue(summaries);
        return summaries;
    }

    /**
     * A one-line summary carrying a voiding: an RA for a factura or its note, an RC with condition 3 for a
     * boleta or its note; its reference date is the document's issue date.
     */
    public SunatSummary voiding(ElectronicDocument document, Long userId) {
        lockCompany(document.getCompanyId().intValue());
        boolean boleta = document.isSummarizable();
        SummaryKind kind = boleta ? SummaryKind.RC : SummaryKind.RA;
        LocalDate today = LocalDate.now(LIMA);
        SunatSummary summary = new SunatSummary(document.getCompanyId().intValue(), kind, today,
                nextSequence(document.getCompanyId().intValue(), kind, today), document.getIssueDate(), 1, userId);
        em.persist(summary);
        em.persist(new SummaryLine(summary.getId(), 1, document.getId(), boleta ? 3 : null));
        em.flush();
        queue(List.of(summary));
        return summary;
    }

    private void queue(List<SunatSummary> summaries) {
        if (!summaries.isEmpty()) {
            AfterCommit.collect(transaction, NUDGE_KEY, summaries.stream().map(SunatSummary::getId).toList(), nudge::send);
        }
    }

    private Map<Long, ElectronicDocument> referenced(List<ElectronicDocument> documents) {
        List<Long> ids = documents.stream().map(ElectronicDocument::getReferencedDocumentId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT d FROM ElectronicDocument d WHERE d.id IN :ids", ElectronicDocument.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ElectronicDocument::getId, Function.identity()));
    }

    private void lockCompany(int companyId) {
        em.createNativeQuery("SELECT id FROM companies WHERE id = :id FOR UPDATE").setParameter("id", companyId)
                .getResultList();
    }

    private int nextSequence(int companyId, SummaryKind kind, LocalDate day) {
        Number max = (Number) em.createNativeQuery("SELECT coalesce(max(sequence_number), 0) FROM sunat_summaries"
                        + " WHERE company_id = :company AND kind = :kind AND issue_date = :day")
                .setParameter("company", companyId).setParameter("kind", kind.name()).setParameter("day", day)
                .getSingleResult();
        return max.intValue() + 1;
    }
}
