package pe.colca.invoicing.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pe.colca.common.AfterCommit;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.Where;
import pe.colca.invoicing.DocumentDetail;
import pe.colca.invoicing.DocumentDetail.Related;
import pe.colca.invoicing.DocumentDetail.TimelineStep;
import pe.colca.invoicing.DocumentEvent;
import pe.colca.invoicing.DocumentFile;
import pe.colca.invoicing.DocumentFilter;
import pe.colca.invoicing.DocumentRefused;
import pe.colca.invoicing.DocumentService;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.SunatStatus;
import pe.colca.invoicing.print.PrintFormat;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.security.OutOfScope;
import pe.colca.security.StoreScope;
import pe.colca.settings.Settings;

/**
 * The documents console and API (see {@link DocumentService}). A document's store is the store of its
 * series ({@code document_sequences.location_id}, the area's own table), which is how the list is
 * filtered and a single document checked for users limited to stores. Resend and re-issue lock the
 * document row first, so two people pressing the button at once act once; the re-issue takes its number
 * with {@link SeriesNumbers} as the last write. The printed copy comes from {@link PrintedCopies}.
 */
@Stateless
public class DefaultDocumentService implements DocumentService {

    private static final String NUDGE_KEY = DefaultDocumentService.class.getName() + ".nudge";
    private static final String ZONE_SETTING = "timezone";
    private static final String FROM = " FROM ElectronicDocument d LEFT JOIN DocumentSequence s"
            + " ON s.companyId = d.companyId AND s.series = d.series AND s.documentType = d.documentType";
    private static final Map<String, String> SORT = Map.of(
            "issueDate", "d.issueDate", "number", "d.series", "total", "d.totalAmount", "status", "d.sunatStatus",
            "createdAt", "d.createdAt");
    private static final String TIMELINE = "SELECT e.occurred_at AS occurred_at, e.status AS status, e.code AS code,"
            + " e.message AS message, e.actor_id AS actor_id, u.full_name AS actor_name"
            + " FROM electronic_document_events e LEFT JOIN security_user_names u ON u.id = e.actor_id"
            + " WHERE e.document_id = :id ORDER BY e.occurred_at, e.id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StoreScope scope;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    @EJB
    private Settings settings;

    @EJB
    private DocumentNudge nudge;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Override
    @RolesAllowed("sunat.document.view")
    public Page<ElectronicDocument> search(DocumentFilter filter, PageRequest page) {
        Where where = where(filter == null ? DocumentFilter.none() : filter);
        String sort = SORT.getOrDefault(page.sortField() == null ? "issueDate" : page.sortField(), "d.issueDate");
        String direction = page.sortField() != null && page.ascending() ? " ASC" : " DESC";
        String order = sort.equals("d.series") ? "d.series" + direction + ", d.correlativeNumber" + direction
                : sort + direction;
        return where.page(em.createQuery("SELECT d" + FROM + where + " ORDER BY " + order + ", d.id DESC",
                        ElectronicDocument.class),
                em.createQuery("SELECT count(d)" + FROM + where, Long.class), page);
    }

    private Where where(DocumentFilter f) {
        Where where = new Where()
                .andIf(f.status(), "d.sunatStatus = :status", "status")
                .andIf(f.type() == null ? null : f.type().code(), "d.documentType = :type", "type")
                .andIf(f.series() == null || f.series().isBlank() ? null : f.series().strip().toUpperCase(Locale.ROOT),
                        "d.series = :series", "series")
                .andIf(f.from(), "d.issueDate >= :from", "from")
                .andIf(f.to(), "d.issueDate <= :to", "to")
                .andIf(f.orderId(), "d.orderId = :order", "order")
                .andContains(f.text(), "(lower(concat(d.series, '-', cast(d.correlativeNumber as String))) LIKE :text"
                        + " ESCAPE '!' OR lower(d.customerDocNumber) LIKE :text ESCAPE '!'"
                        + " OR lower(d.customerName) LIKE :text ESCAPE '!')", "text");
        if (f.needsAttention() != null) {
            where.and(f.needsAttention() ? "d.needsAttention = true" : "d.needsAttention = false");
        }
        return scope.within(where, "cast(s.locationId as Long)");
    }

    @Override
    @RolesAllowed("sunat.document.view")
    public long attentionCount() {
        Where where = where(DocumentFilter.attention());
        return where.bind(em.createQuery("SELECT count(d)" + FROM + where, Long.class)).getSingleResult();
    }

    @Override
    @RolesAllowed("sunat.document.view")
    public DocumentDetail get(long id) {
        ElectronicDocument d = find(id, LockModeType.NONE);
        Integer location = requireInScope(d);
        List<TimelineStep> events = em.createNativeQuery(TIMELINE, Tuple.class).setParameter("id", id)
                .getResultStream().map(row -> step((Tuple) row)).toList();
        Related replaces = d.getReplacesDocumentId() == null ? null : related(em.find(ElectronicDocument.class,
                d.getReplacesDocumentId()));
        Related replacedBy = replacement(id);
        Related referenced = d.getReferencedDocumentId() == null ? null : related(em.find(ElectronicDocument.class,
                d.getReferencedDocumentId()));
        return new DocumentDetail(d, location, events, replaces, replacedBy, referenced);
    }

    @Override
    @RolesAllowed("sunat.document.view")
    public DocumentFile file(long id, DocumentFile.Kind kind, PrintFormat format) {
        ElectronicDocument d = find(id, LockModeType.NONE);
        requireInScope(d);
        return PrintedCopies.file(em, d, kind, format == null ? PrintFormat.A4 : format);
    }

    @Override
    @RolesAllowed("sunat.document.issue")
    public ElectronicDocument resend(long id) {
        ElectronicDocument d = find(id, LockModeType.PESSIMISTIC_WRITE);
        requireInScope(d);
        if (d.isFinal()) {
            throw DocumentRefused.answered(d.number(), d.getSunatStatus());
        }
        Map<String, Object> before = state(d);
        d.requeue();
        em.persist(new DocumentEvent(id, Instant.now(), d.getSunatStatus(), null, "Reenvío solicitado", actor()));
        audit.record("RESEND", "electronic_documents", id, before, state(d));
        AfterCommit.collect(transaction, NUDGE_KEY, List.of(id), nudge::send);
        return d;
    }

    @Override
    @RolesAllowed("sunat.document.issue")
    public ElectronicDocument reissue(long id) {
        ElectronicDocument rejected = find(id, LockModeType.PESSIMISTIC_WRITE);
        Integer location = requireInScope(rejected);
        if (rejected.getSunatStatus() != SunatStatus.REJECTED) {
            throw DocumentRefused.notRejected(rejected.number(), rejected.getSunatStatus());
        }
        Related existing = replacement(id);
        if (existing != null) {
            throw DocumentRefused.alreadyReissued(rejected.number(), existing.number());
        }
        ElectronicDocument created = reissueOf(rejected, location);
        audit.record("REISSUE", "electronic_documents", id, Map.of("number", rejected.number()),
                Map.of("replacement", created.number(), "replacementId", created.getId()));
        return created;
    }

    @Override
    @RolesAllowed("sunat.document.issue")
    public OrderDocument issueForOrder(long orderId) {
        List<ElectronicDocument> documents = em.createQuery("SELECT d FROM ElectronicDocument d"
                        + " WHERE d.orderId = :order AND d.documentType IN ('01', '03') ORDER BY d.id DESC",
                        ElectronicDocument.class)
                .setParameter("order", orderId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (documents.isEmpty()) {
            throw DocumentRefused.orderNotInvoiced(orderId);
        }
        for (ElectronicDocument d : documents) {
            if (d.getSunatStatus() != SunatStatus.REJECTED && d.getSunatStatus() != SunatStatus.VOIDED) {
                requireInScope(d);
                return new OrderDocument(d, false);
            }
        }
        ElectronicDocument last = documents.get(0);
        Integer location = requireInScope(last);
        if (last.getSunatStatus() != SunatStatus.REJECTED) {
            throw DocumentRefused.notRejected(last.number(), last.getSunatStatus());
        }
        ElectronicDocument created = reissueOf(last, location);
        audit.record("REISSUE", "electronic_documents", last.getId(), Map.of("number", last.number(), "orderId", orderId),
                Map.of("replacement", created.number(), "replacementId", created.getId()));
        return new OrderDocument(created, true);
    }

    /** The new document of a rejected one: same order, type and series, the series' next number. */
    private ElectronicDocument reissueOf(ElectronicDocument rejected, Integer location) {
        SeriesNumbers.Taken taken = SeriesNumbers.nextInSeries(em, rejected.getCompanyId(), rejected.getDocumentType(),
                rejected.getSeries(), location == null ? 0 : location);
        ElectronicDocument created = new ElectronicDocument(rejected.getCompanyId(), rejected.getOrderId(),
                rejected.getDocumentType(), taken.series(), taken.number(), today(), rejected.getCurrency(),
                rejected.getTotalAmount(), rejected.getTotalIgv(), rejected.getTotalGravado());
        created.markReplaces(rejected);
        if (rejected.getReferencedDocumentId() != null) { // a note re-issued still modifies the same document
            created.modifies(em.find(ElectronicDocument.class, rejected.getReferencedDocumentId()), rejected.getReturnId(),
                    rejected.getNoteReasonCode(), rejected.getNoteReason());
        }
        created.describeCustomer(rejected.getCustomerDocType(), rejected.getCustomerDocNumber(),
                rejected.getCustomerName());
        em.persist(created);
        rejected.settleAttention();
        Instant now = Instant.now();
        Long actor = actor();
        em.persist(new DocumentEvent(created.getId(), now, SunatStatus.PENDING, null,
                "Re-emisión de " + rejected.number(), actor));
        em.persist(new DocumentEvent(rejected.getId(), now, SunatStatus.REJECTED, null,
                "Re-emitido como " + created.number(), actor));
        AfterCommit.collect(transaction, NUDGE_KEY, List.of(created.getId()), nudge::send);
        return created;
    }

    private ElectronicDocument find(long id, LockModeType lock) {
        ElectronicDocument d = em.find(ElectronicDocument.class, id, lock);
        if (d == null || d.isDeleted()) {
            throw new RecordNotFound("electronic_documents", id);
        }
        return d;
    }

    /** The store of the document's series, after checking the caller may see it. */
    private Integer requireInScope(ElectronicDocument d) {
        List<Integer> locations = em.createQuery("SELECT s.locationId FROM DocumentSequence s"
                        + " WHERE s.companyId = :company AND s.series = :series AND s.documentType = :type", Integer.class)
                .setParameter("company", d.getCompanyId()).setParameter("series", d.getSeries())
                .setParameter("type", d.getDocumentTypeCode()).getResultList();
        Integer location = locations.isEmpty() ? null : locations.get(0);
        if (location != null) {
            scope.require(location);
        } else if (!scope.everywhere()) {
            throw new OutOfScope(0);
        }
        return location;
    }

    private Related replacement(long id) {
        return em.createQuery("SELECT d FROM ElectronicDocument d WHERE d.replacesDocumentId = :id ORDER BY d.id",
                        ElectronicDocument.class)
                .setParameter("id", id).setMaxResults(1).getResultStream().findFirst().map(DefaultDocumentService::related)
                .orElse(null);
    }

    private static Related related(ElectronicDocument d) {
        return d == null ? null : new Related(d.getId(), d.number(), d.getSunatStatus());
    }

    private static TimelineStep step(Tuple row) {
        Number actor = row.get("actor_id", Number.class);
        Object at = row.get("occurred_at");
        Instant occurred = at instanceof Instant i ? i : at instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) at).toInstant();
        return new TimelineStep(occurred, SunatStatus.valueOf(row.get("status", String.class)),
                row.get("code", String.class), row.get("message", String.class),
                actor == null ? null : actor.longValue(), row.get("actor_name", String.class));
    }

    private static Map<String, Object> state(ElectronicDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", d.number());
        m.put("status", d.getSunatStatus().name());
        m.put("attempts", d.getAttempts());
        m.put("needsAttention", d.isNeedsAttention());
        return m;
    }

    private Long actor() {
        return caller.userId().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of(settings.text(ZONE_SETTING)));
    }
}
