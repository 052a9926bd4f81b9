package pe.colca.invoicing.internal;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.DocumentFile;
import pe.colca.invoicing.DocumentRefused;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.internal.gateway.DocumentFiles;
import pe.colca.invoicing.print.DocumentPdf;
import pe.colca.invoicing.print.PrintFormat;
import pe.colca.invoicing.print.PrintedDocument;
import pe.colca.invoicing.print.UblReader;

/**
 * The stored files of a document for download, under {@link DocumentFiles} (SUNAT's names in the
 * issuer's folder). The printed copy is made from the stored signed XML, never from the sale, so the
 * paper says exactly what was sent; once SUNAT has answered it is kept (A4 as {@code ….pdf}, the ticket
 * as {@code …-ticket.pdf}) and {@code pdf_url} points at the API download. Before the answer it is made
 * on each request (cheap), since only an answered document is a closed tax record. Reading the XML also
 * notes the buyer on the row when the sender did not (the columns of
 * {@link ElectronicDocument#describeCustomer}).
 */
final class PrintedCopies {

    /** The API path of a document's downloads; {@code pdf_url} is {@code <this>/{id}/pdf}. */
    static final String API_PATH = "/api/v1/invoicing/documents/";

    /*
     * Targeted updates, not the entity's setters: the sender may move the same row at the same moment, and
     * a flush of the whole entity from a download would write its old status back.
     */
    private static final String NOTE_CUSTOMER = "UPDATE electronic_documents SET customer_doc_type = :type,"
            + " customer_doc_number = :number, customer_name = :name WHERE id = :id AND customer_name IS NULL";
    private static final String NOTE_PDF = "UPDATE electronic_documents SET pdf_url = :url WHERE id = :id"
            + " AND pdf_url IS NULL";

    private PrintedCopies() {
    }

    static DocumentFile file(EntityManager em, ElectronicDocument d, DocumentFile.Kind kind, PrintFormat format) {
        String base = baseName(em, d);
        return switch (kind) {
            case XML -> new DocumentFile(DocumentFiles.Kind.XML.fileName(base), "application/xml",
                    read(base, DocumentFiles.Kind.XML, d, kind));
            case CDR -> new DocumentFile(DocumentFiles.Kind.CDR.fileName(base), "application/zip",
                    read(base, DocumentFiles.Kind.CDR, d, kind));
            case PDF -> pdf(em, d, base, format);
        };
    }

    private static DocumentFile pdf(EntityManager em, ElectronicDocument d, String base, PrintFormat format) {
        DocumentFiles.Kind stored = format == PrintFormat.TICKET ? DocumentFiles.Kind.TICKET : DocumentFiles.Kind.PDF;
        String name = stored.fileName(base);
        if (d.isFinal()) {
            Optional<byte[]> cached = DocumentFiles.read(base, stored);
            if (cached.isPresent()) {
                return new DocumentFile(name, "application/pdf", cached.get());
            }
        }
        PrintedDocument printed = UblReader.read(read(base, DocumentFiles.Kind.XML, d, DocumentFile.Kind.PDF));
        if (d.getCustomerName() == null) {
            String type = printed.customer().documentType();
            em.createNativeQuery(NOTE_CUSTOMER)
                    .setParameter("type", type != null && type.matches("[0-9A-Z]") ? type : null)
                    .setParameter("number", cut(printed.customer().documentNumber(), 20))
                    .setParameter("name", cut(printed.customer().name(), 500)).setParameter("id", d.getId())
                    .executeUpdate();
        }
        byte[] pdf = DocumentPdf.render(printed, format);
        if (d.isFinal()) {
            DocumentFiles.store(base, stored, pdf);
            if (d.getPdfUrl() == null) {
                em.createNativeQuery(NOTE_PDF).setParameter("url", API_PATH + d.getId() + "/pdf")
                        .setParameter("id", d.getId()).executeUpdate();
            }
        }
        return new DocumentFile(name, "application/pdf", pdf);
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.strip().substring(0, Math.min(max, text.strip().length()));
    }

    private static byte[] read(String base, DocumentFiles.Kind stored, ElectronicDocument d, DocumentFile.Kind asked) {
        return DocumentFiles.read(base, stored).orElseThrow(() -> DocumentRefused.fileMissing(d.number(), asked));
    }

    private static String baseName(EntityManager em, ElectronicDocument d) {
        Company company = em.find(Company.class, d.getCompanyId().intValue());
        return DocumentFiles.baseName(company.getRuc(), d.getDocumentTypeCode(), d.getSeries(), d.getCorrelativeNumber());
    }
}
