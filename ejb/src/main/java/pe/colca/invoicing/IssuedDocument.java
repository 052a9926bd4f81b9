package pe.colca.invoicing;

/**
 * An electronic document as the other areas see it: its id, kind, number and where SUNAT stands.
 *
 * @param id     the {@code electronic_documents} row
 * @param series four characters, e.g. {@code B001}
 * @param number the correlative, 1 to 99,999,999
 */
public record IssuedDocument(long id, DocumentType type, String series, int number, SunatStatus status) {

    /** The number as printed and as SUNAT knows it, e.g. {@code B001-123}. */
    public String fullNumber() {
        return series + "-" + number;
    }
}
