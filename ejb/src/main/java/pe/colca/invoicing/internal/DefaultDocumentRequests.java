package pe.colca.invoicing.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import pe.colca.common.AfterCommit;
import pe.colca.invoicing.DocumentEvent;
import pe.colca.invoicing.DocumentRequest;
import pe.colca.invoicing.DocumentRequests;
import pe.colca.invoicing.DocumentSequence;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.IssuedDocument;
import pe.colca.invoicing.SeriesNotConfigured;
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

    private static final String NEXT = "UPDATE document_sequences"
            + " SET current_number = current_number + 1, version = version + 1, updated_at = now()"
            + " WHERE location_id = :location AND document_type = :type AND left(series, 1) = :prefix"
            + " AND current_number < " + DocumentSequence.MAX_NUMBER
            + " RETURNING company_id, series, current_number";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @EJB
    private DocumentNudge nudge;

    @Override
    public IssuedDocument requestForOrder(DocumentRequest request) {
        Taken taken = next(request.locationId(), request.type());
        ElectronicDocument document = new ElectronicDocument(taken.companyId(), request.orderId(), request.type(),
                taken.series(), taken.number(), request.issueDate(), request.currency(), request.totalAmount(),
                request.totalIgv(), request.totalGravado());
        em.persist(document);
        em.persist(new DocumentEvent(document.getId(), Instant.now(), SunatStatus.PENDING, null, null, null));
        AfterCommit.collect(transaction, NUDGE_KEY, List.of(document.getId()), nudge::send);
        return issued(document);
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

    private Taken next(int locationId, DocumentType type) {
        List<?> rows = em.createNativeQuery(NEXT, Tuple.class)
                .setParameter("location", locationId)
                .setParameter("type", type.code())
                .setParameter("prefix", type == DocumentType.FACTURA ? "F" : "B")
                .getResultList();
        if (rows.isEmpty()) {
            throw new SeriesNotConfigured(locationId, type);
        }
        Tuple row = (Tuple) rows.get(0);
        return new Taken(row.get("company_id", Number.class).longValue(), row.get("series", String.class),
                row.get("current_number", Number.class).intValue());
    }

    private static IssuedDocument issued(ElectronicDocument d) {
        return new IssuedDocument(d.getId(), d.getDocumentType(), d.getSeries(), d.getCorrelativeNumber(),
                d.getSunatStatus());
    }

    /** The number taken from a series and the company the series belongs to. */
    private record Taken(long companyId, String series, int number) {
    }
}
