package pe.colca.invoicing.internal.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.RuleViolated;
import pe.colca.common.Where;
import pe.colca.invoicing.DocumentEvent;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.SummaryKind;
import pe.colca.invoicing.SummaryLine;
import pe.colca.invoicing.SunatStatus;
import pe.colca.invoicing.SunatSummary;
import pe.colca.invoicing.VoidStatus;
import pe.colca.invoicing.VoidedDocument;
import pe.colca.invoicing.VoidingService;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

/**
 * See {@link VoidingService}. Every check runs before anything is written, so a refusal changes nothing;
 * the document row is locked ({@code PESSIMISTIC_WRITE}) so two voidings of one document serialise and
 * the second sees the first. The summary that carries the voiding is written in the same transaction and
 * sent after the commit ({@link SummaryBuilder#voiding}).
 */
@Stateless
public class DefaultVoidingService implements VoidingService {

    static final String DOCUMENT = "entity.electronicDocument";
    static final String ENTITY = "entity.voiding";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SummaryBuilder builder;

    @EJB
    private AuditTrail audit;

    @EJB
    private Caller caller;

    @Inject
    private RequestMetadata request;

    @Override
    @RolesAllowed("sunat.document.void")
    public VoidingView voidDocument(long documentId, String reason) {
        if (reason == null || reason.strip().length() < 3) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "invoicing.void.reason"));
        }
        if (reason.strip().length() > 255) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "invoicing.void.reasonLong"));
        }
        ElectronicDocument d = em.find(ElectronicDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new RecordNotFound(DOCUMENT, documentId);
        }
        VoidedDocument prior = em.createQuery("SELECT v FROM VoidedDocument v WHERE v.documentId = :id", VoidedDocument.class)
                .setParameter("id", documentId).getResultStream().findFirst().orElse(null);
        // a voiding SUNAT rejected (or whose ticket was lost) does not block a new one; any other does
        if (d.getSunatStatus() == SunatStatus.VOIDED || (prior != null && prior.getStatus() != VoidStatus.REJECTED)) {
            throw new RuleViolated("document-already-voided", "invoicing.void.already", d.number());
        }
        if (d.getSunatStatus() != SunatStatus.ACCEPTED && d.getSunatStatus() != SunatStatus.OBSERVED) {
            throw new RuleViolated("document-not-accepted", "invoicing.void.notAccepted", d.number(),
                    d.getSunatStatus().name());
        }
        LocalDate today = LocalDate.now(SummaryBuilder.LIMA);
        LocalDate lastDay = d.getIssueDate().plusDays(WINDOW_DAYS);
        if (today.isAfter(lastDay)) {
            throw new RuleViolated("void-window-closed", d.isSummarizable() ? "invoicing.void.windowClosedBoleta"
                    : "invoicing.void.windowClosed", d.number(), d.getIssueDate().toString(), lastDay.toString());
        }
        Long user = caller.userId().orElse(null);
        VoidedDocument voiding;
        String before = null;
        if (prior == null) {
            voiding = new VoidedDocument(documentId, reason, user);
            em.persist(voiding);
        } else {
            before = prior.getMessage();
            voiding = prior;
            voiding.requestAgain(reason, user);
            d.settleAttention();
        }
        SunatSummary summary = builder.voiding(d, user);
        voiding.carriedBy(summary.getId());
        em.persist(new DocumentEvent(documentId, Instant.now(), d.getSunatStatus(), null,
                (prior == null ? "Baja solicitada en " : "Baja solicitada de nuevo en ") + summary.getIdentifier() + ": "
                        + voiding.getReason(), user));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("documentId", documentId);
        values.put("number", d.number());
        values.put("reason", voiding.getReason());
        values.put("summary", summary.getIdentifier());
        Map<String, Object> old = before == null && prior == null ? null : new LinkedHashMap<>();
        if (old != null) {
            old.put("status", VoidStatus.REJECTED.name());
            old.put("message", before);
        }
        audit.record("VOID", "voided_documents", voiding.getId(), old, values);
        return new VoidingView(voiding, documentId, d.getDocumentTypeCode(), d.number(), summary.getIdentifier(),
                summary.getKind());
    }

    @Override
    @RolesAllowed("sunat.document.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<VoidingView> search(Integer companyId, VoidStatus status, PageRequest page) {
        Where where = new Where().andIf(status, "v.status = :status", "status")
                .andIf(companyId == null ? null : companyId.longValue(), "d.companyId = :company", "company");
        String from = " FROM VoidedDocument v JOIN ElectronicDocument d ON d.id = v.documentId"
                + " LEFT JOIN SunatSummary s ON s.id = v.summaryId" + where;
        return where.page(em.createQuery("SELECT v, d.documentType, d.series, d.correlativeNumber, s.identifier, s.kind"
                                + from + " ORDER BY v.voidedAt DESC, v.id DESC", Tuple.class),
                        em.createQuery("SELECT count(v)" + from, Long.class), page)
                .map(DefaultVoidingService::view);
    }

    @Override
    @RolesAllowed("sunat.document.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VoidingView get(long voidingId) {
        List<Tuple> rows = em.createQuery("SELECT v, d.documentType, d.series, d.correlativeNumber, s.identifier, s.kind"
                        + " FROM VoidedDocument v JOIN ElectronicDocument d ON d.id = v.documentId"
                        + " LEFT JOIN SunatSummary s ON s.id = v.summaryId WHERE v.id = :id", Tuple.class)
                .setParameter("id", voidingId).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFound(ENTITY, voidingId);
        }
        return view(rows.get(0));
    }

    @Override
    @RolesAllowed("sunat.document.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Attempt> attempts(long voidingId) {
        VoidedDocument v = em.find(VoidedDocument.class, voidingId);
        if (v == null) {
            throw new RecordNotFound(ENTITY, voidingId);
        }
        return em.createQuery("SELECT s, l FROM SummaryLine l JOIN SunatSummary s ON s.id = l.summaryId"
                        + " WHERE l.documentId = :document AND (s.kind = :ra OR l.conditionCode = 3)"
                        + " ORDER BY s.createdAt, s.id", Tuple.class)
                .setParameter("document", v.getDocumentId()).setParameter("ra", SummaryKind.RA)
                .getResultStream().map(t -> {
                    SunatSummary s = t.get(0, SunatSummary.class);
                    SummaryLine l = t.get(1, SummaryLine.class);
                    return new Attempt(s.getId(), s.getIdentifier(), s.getKind(), s.getStatus(), s.getTicket(),
                            s.getStatusCode(), s.getMessage(), l.getStatus(), l.getResponseCode(), s.getCreatedAt(),
                            s.getSentAt(), s.getAnsweredAt());
                }).toList();
    }

    private static VoidingView view(Tuple t) {
        VoidedDocument v = t.get(0, VoidedDocument.class);
        return new VoidingView(v, v.getDocumentId(), t.get(1, String.class),
                t.get(2, String.class) + "-" + t.get(3, Integer.class), t.get(4, String.class), t.get(5, SummaryKind.class));
    }
}
