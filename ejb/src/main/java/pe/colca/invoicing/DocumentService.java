package pe.colca.invoicing;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.invoicing.print.PrintFormat;

/**
 * The electronic documents as people and integrators see them (Facturación → Comprobantes and its
 * Atención queue; {@code /api/v1/invoicing/documents}): the list, a document with its status timeline,
 * its files (signed XML, CDR, printed copy), and what a person does about a document that needs him:
 * send it again, or re-issue a rejected one with a new number. Every method is one transaction;
 * {@code sunat.document.view} reads, {@code sunat.document.issue} acts. Documents belong to the store of
 * their series: a user limited to stores sees and acts only there (403 {@code out-of-scope}).
 */
@Local
public interface DocumentService {

    /** A page of documents, newest first unless sorted otherwise. */
    Page<ElectronicDocument> search(DocumentFilter filter, PageRequest page);

    /** How many documents wait in the attention queue (in the caller's stores). */
    long attentionCount();

    /** @throws pe.colca.common.RecordNotFound, pe.colca.security.OutOfScope */
    DocumentDetail get(long id);

    /**
     * A file of the document. The printed copy is made from the stored signed XML (so it says exactly
     * what was sent) and kept once SUNAT has answered.
     *
     * @param format A4 or ticket (printed copy only; ignored otherwise)
     * @throws DocumentRefused {@code document-file-missing} when the document has no such file yet
     */
    DocumentFile file(long id, DocumentFile.Kind kind, PrintFormat format);

    /**
     * Sends the document again (Reenviar): back in the sender's queue at once, off the attention queue,
     * attempts counted anew; a timeline row names who did it; the sender is nudged after commit.
     *
     * @throws DocumentRefused {@code document-answered} when SUNAT has answered (re-issue a rejected one)
     */
    ElectronicDocument resend(long id);

    /**
     * Re-issues a rejected document (Re-emitir): a new document of the same order, type and series with
     * the series' next number, {@code replaces_document_id} = the rejected one, which leaves the attention
     * queue. The rejected number stays burnt.
     *
     * @throws DocumentRefused {@code document-not-rejected}, {@code document-already-reissued}
     */
    ElectronicDocument reissue(long id);

    /**
     * The order's live document (the newest that is not rejected or voided), or — when its last one was
     * rejected and nobody re-issued it yet — a re-issue of that one. Repeating the call answers the same
     * document.
     *
     * @throws DocumentRefused {@code order-not-invoiced} when the order has no document at all (a paid
     *                         order gets one with its payment)
     */
    OrderDocument issueForOrder(long orderId);

    /** The answer of {@link #issueForOrder}: the document and whether this call created it. */
    record OrderDocument(ElectronicDocument document, boolean created) {
    }
}
