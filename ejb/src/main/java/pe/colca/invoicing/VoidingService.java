package pe.colca.invoicing;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Voiding (Anular) an accepted electronic document ({@code sunat.document.void}): a factura or its note
 * by a comunicación de baja (RA) within 7 days of its issue; a boleta or its note by a resumen diario
 * line with condition 3, never an RA. The reason has at least 3 characters; a document is voided at most
 * once. {@code voided_documents} keeps the reason, the ticket, the status and the date.
 */
@Local
public interface VoidingService {

    /** How many calendar days after its issue date a document can still be voided (RA, RC condition 3). */
    int WINDOW_DAYS = 7;

    /** A voiding with its document. */
    record VoidingView(VoidedDocument voiding, long documentId, String documentType, String documentNumber,
                       String summaryIdentifier, SummaryKind summaryKind) {
    }

    /**
     * One attempt to void a document: the summary (RA, or RC line with condition 3) that carried it, its
     * ticket and SUNAT's answer, and what SUNAT said of the document's line.
     */
    record Attempt(long summaryId, String summaryIdentifier, SummaryKind kind, SummaryStatus status, String ticket,
                   String statusCode, String message, SummaryLine.Status lineStatus, String lineCode,
                   java.time.Instant createdAt, java.time.Instant sentAt, java.time.Instant answeredAt) {
    }

    /**
     * Voids the document; a voiding SUNAT rejected (99, or its ticket lost) is requested again, by a new
     * summary, while the window lasts.
     *
     * @throws pe.colca.common.InvalidInput a reason shorter than 3 characters
     * @throws pe.colca.common.RecordNotFound no such document
     * @throws pe.colca.common.RuleViolated {@code document-already-voided}, {@code document-not-accepted},
     *                                      {@code void-window-closed}
     */
    VoidingView voidDocument(long documentId, String reason);

    /** {@code sunat.document.view}; newest first. */
    Page<VoidingView> search(Integer companyId, VoidStatus status, PageRequest page);

    /** @throws pe.colca.common.RecordNotFound */
    VoidingView get(long voidingId);

    /** Every attempt of the voiding, oldest first ({@code sunat.document.view}). @throws pe.colca.common.RecordNotFound */
    java.util.List<Attempt> attempts(long voidingId);
}
