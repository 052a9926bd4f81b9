package pe.colca.invoicing.internal;

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
import java.util.List;
import pe.colca.common.AfterCommit;
import pe.colca.invoicing.CreditNoteRequest;
import pe.colca.invoicing.DocumentEvent;
import pe.colca.invoicing.DocumentRequest;
import pe.colca.invoicing.DocumentRequests;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.IssuedDocument;
import pe.colca.invoicing.SunatStatus;

/**
 * Writes the pending document of a paid order (see {@link DocumentRequests}). The number comes from
 * one {@code UPDATE … RETURNING} on the store's series row in the caller's transaction: PostgreSQL
 * serialises the writers of that row, so a second sale waits for the first to end and increments the
 * committed value (no duplicate), and a rollback undoes the increment (no gap). The row lock is held
 * from here to the sale's commit, so the sales area calls this as the last write of the payment.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultDocumentRequests implements DocumentRequests {

    private static final String NUDGE_KEY = DefaultDocumentRequests.class.getName() + ".nudge";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @EJB
    private DocumentNudge nudge;

    @Override
    public IssuedDocument requestForOrder(DocumentRequest request) {
        SeriesNumbers.Taken taken = SeriesNumbers.nextForStore(em, request.locationId(), request.type());
        ElectronicDocument document = new ElectronicDocument(taken.companyId(), request.orderId(), request.type(),
                taken.series(), taken.number(), request.issueDate(), request.currency(), request.totalAmount(),
                request.totalIgv(), request.totalGravado());
        em.persist(document);
        em.persist(new DocumentEvent(document.getId(), Instant.now(), SunatStatus.PENDING, null, null, null));
        AfterCommit.collect(transaction, NUDGE_KEY, List.of(document.getId()), nudge::send);
        return issued(document);
    }

    @Override
    public IssuedDocument requestCreditNote(CreditNoteRequest request) {
        ElectronicDocument referenced = em.find(ElectronicDocument.class, request.referencedDocumentId());
        if (referenced == null || (referenced.getDocumentType() != DocumentType.FACTURA
                && referenced.getDocumentType() != DocumentType.BOLETA)) {
            throw new IllegalArgumentException("document " + request.referencedDocumentId()
                    + " is not a factura or boleta a credit note can modify");
        }
        SeriesNumbers.Taken taken = SeriesNumbers.nextNoteForStore(em, request.locationId(), DocumentType.NOTA_CREDITO,
                referenced.getSeries().charAt(0), referenced.getCompanyId());
        ElectronicDocument note = new ElectronicDocument(taken.companyId(), request.orderId(), DocumentType.NOTA_CREDITO,
                taken.series(), taken.number(), request.issueDate(), request.currency(), request.totalAmount(),
                request.totalIgv(), request.totalGravado());
        note.modifies(referenced, request.returnId(), request.reasonCode(), request.reason());
        em.persist(note);
        em.persist(new DocumentEvent(note.getId(), Instant.now(), SunatStatus.PENDING, null, null, null));
        AfterCommit.collect(transaction, NUDGE_KEY, List.of(note.getId()), nudge::send);
        return issued(note);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<IssuedDocument> forOrder(long orderId) {
        return em.createQuery("SELECT d FROM ElectronicDocument d WHERE d.orderId = :order ORDER BY d.id",
                        ElectronicDocument.class)
                .setParameter("order", orderId)
                .getResultStream()
                .map(DefaultDocumentRequests::issued)
                .toList();
    }

    private static IssuedDocument issued(ElectronicDocument d) {
        return new IssuedDocument(d.getId(), d.getDocumentType(), d.getSeries(), d.getCorrelativeNumber(),
                d.getSunatStatus());
    }
}
