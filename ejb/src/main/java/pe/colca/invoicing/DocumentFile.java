package pe.colca.invoicing;

/**
 * A stored file of an electronic document, ready to download.
 *
 * @param fileName    SUNAT's name, e.g. {@code 20123456789-03-B001-45.xml}, {@code R-….zip}, {@code ….pdf}
 * @param contentType {@code application/xml}, {@code application/zip} or {@code application/pdf}
 * @param content     the bytes, exactly as stored
 */
public record DocumentFile(String fileName, String contentType, byte[] content) {

    /** The kinds of file a document has. */
    public enum Kind {
        /** The signed UBL, as sent. */
        XML,
        /** SUNAT's answer (constancia de recepción), the zip as received. */
        CDR,
        /** The printed copy (representación impresa). */
        PDF
    }
}
