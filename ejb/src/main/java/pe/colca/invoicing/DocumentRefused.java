package pe.colca.invoicing;

import pe.colca.common.BusinessException;

/** An action on an electronic document that its state does not allow; nothing was changed. */
public class DocumentRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private DocumentRefused(Kind kind, String type, String key, Object... args) {
        super(kind, type, key, args);
    }

    /** Resend of a document SUNAT has answered (HTTP 409 {@code document-answered}). */
    public static DocumentRefused answered(String number, SunatStatus status) {
        return new DocumentRefused(Kind.CONFLICT, "document-answered", "invoicing.document.answered", number,
                status.name());
    }

    /** Re-issue of a document that is not rejected (HTTP 409 {@code document-not-rejected}). */
    public static DocumentRefused notRejected(String number, SunatStatus status) {
        return new DocumentRefused(Kind.CONFLICT, "document-not-rejected", "invoicing.document.notRejected", number,
                status.name());
    }

    /** Re-issue of a document already re-issued (HTTP 409 {@code document-already-reissued}). */
    public static DocumentRefused alreadyReissued(String number, String replacement) {
        return new DocumentRefused(Kind.CONFLICT, "document-already-reissued", "invoicing.document.alreadyReissued",
                number, replacement);
    }

    /** A file the document does not have (yet): not signed, no CDR (HTTP 404 {@code document-file-missing}). */
    public static DocumentRefused fileMissing(String number, DocumentFile.Kind kind) {
        return new DocumentRefused(Kind.NOT_FOUND, "document-file-missing", "invoicing.document.fileMissing." + kind.name(),
                number);
    }

    /** An order with no document to answer or re-issue (HTTP 422 {@code order-not-invoiced}). */
    public static DocumentRefused orderNotInvoiced(long orderId) {
        return new DocumentRefused(Kind.RULE, "order-not-invoiced", "invoicing.document.orderNotInvoiced",
                String.valueOf(orderId));
    }
}
