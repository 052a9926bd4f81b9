package pe.colca.testing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.SunatStatus;
import pe.colca.invoicing.internal.gateway.DocumentFiles;
import pe.colca.invoicing.sunat.SignatureAlgorithm;
import pe.colca.invoicing.sunat.SigningCredentials;
import pe.colca.invoicing.sunat.UblDocument;
import pe.colca.invoicing.sunat.UblWriter;
import pe.colca.invoicing.sunat.XmlSigner;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.sales.internal.PriceCalculator;

/**
 * Electronic documents as the sender leaves them, for the documents console and API tests (the sender
 * is another part of issue 13): a company with its series bound to a store, a paid order, the document
 * row in the status the test needs (PENDING, ERROR waiting for attention, ACCEPTED with its CDR,
 * REJECTED…) with its timeline row, and its signed UBL — written with the real {@link UblWriter} and
 * {@link XmlSigner} — stored under {@link DocumentFiles} in the test server's folder
 * ({@code COLCA_INVOICING_DIR}, else {@code $JBOSS_HOME/standalone/data/colca-invoicing}), where the
 * server reads it. Works in the test JVM and inside the server.
 */
public final class DocumentFixtures {

    /** The signing moment of the fixtures: the test certificate is valid then. */
    private static final Instant SIGNED_AT = Instant.parse("2026-12-03T15:00:00Z");
    public static final UblDocument.Customer BUYER = new UblDocument.Customer("1", "45678912", "ANA QUISPE MAMANI");

    private final TestData data;
    private final InvoicingFixtures invoicing;

    public DocumentFixtures(TestData data) {
        this.data = data;
        this.invoicing = new InvoicingFixtures(data);
        if (System.getProperty(DocumentFiles.DIR_PROPERTY) == null) {
            String env = System.getenv("COLCA_INVOICING_DIR");
            String home = System.getProperty("jboss.home", System.getenv("JBOSS_HOME"));
            if (env != null && !env.isBlank()) {
                System.setProperty(DocumentFiles.DIR_PROPERTY, env);
            } else if (home != null && System.getProperty("jboss.server.data.dir") == null) {
                System.setProperty(DocumentFiles.DIR_PROPERTY,
                        Path.of(home, "standalone", "data", "colca-invoicing").toString());
            }
        }
    }

    /** A company with a random valid RUC and its boleta series at the store. */
    public record Issuer(long companyId, String ruc, String series, int locationId) {
    }

    /** A document written by {@link #document}. */
    public record Doc(long id, long orderId, String number, String series, int correlative, String hash, String baseName) {
    }

    /** A company, and a new boleta series of it bound to {@code locationId} whose last number is {@code last}. */
    public Issuer issuer(int locationId, int last) throws SQLException {
        String ruc = TestData.ruc();
        long company = data.number("INSERT INTO companies (id, ruc, raz_social, trade_name, address)"
                + " VALUES (nextval('companies_seq'), ?, ?, 'Prueba', 'Av. Javier Prado Este 123, San Isidro, Lima')"
                + " RETURNING id", ruc, "COMERCIAL DE PRUEBA " + TestData.suffix() + " S.A.C.");
        String series = invoicing.newSeries('B');
        invoicing.series(company, locationId, "03", series, last);
        return new Issuer(company, ruc, series, locationId);
    }

    /**
     * A boleta of 118.00 (IGV 18.00) to {@link #BUYER} numbered {@code number} of the issuer's series, for a
     * new paid order, in {@code status}; signed and stored when {@code signed}; with a CDR file when the
     * status is an answer of SUNAT.
     */
    public Doc document(Issuer issuer, int number, SunatStatus status, boolean needsAttention, String sunatMessage,
                        boolean signed) throws SQLException {
        long order = invoicing.paidOrder(issuer.locationId(), "118.00");
        String base = DocumentFiles.baseName(issuer.ruc(), "03", issuer.series(), number);
        String hash = null;
        if (signed) {
            XmlSigner.SignedXml xml = sign(issuer, number);
            DocumentFiles.store(base, DocumentFiles.Kind.XML, xml.xml());
            hash = xml.hash();
            if (status == SunatStatus.ACCEPTED || status == SunatStatus.OBSERVED || status == SunatStatus.REJECTED) {
                DocumentFiles.store(base, DocumentFiles.Kind.CDR, DocumentFiles.zip(base, xml.xml()));
            }
        }
        boolean answered = status == SunatStatus.ACCEPTED || status == SunatStatus.OBSERVED
                || status == SunatStatus.REJECTED;
        long id = data.number("INSERT INTO electronic_documents (id, order_id, company_id, document_type, series,"
                        + " correlative_number, issue_date, currency, total_amount, total_igv, total_gravado, sunat_status,"
                        + " sunat_message, xml_url, cdr_url, hash_cpe, created_at, needs_attention, attempts, last_error,"
                        + " customer_doc_type, customer_doc_number, customer_name)"
                        + " VALUES (nextval('electronic_documents_seq'), ?, ?, '03', ?, ?, DATE '2026-12-03', 'PEN', 118.00,"
                        + " 18.00, 100.00, ?, ?, NULL, NULL, ?, now(), ?, ?, ?, '1', ?, ?) RETURNING id",
                order, issuer.companyId(), issuer.series(), number, status.name(), sunatMessage, hash, needsAttention,
                needsAttention && !answered ? 5 : 0, needsAttention && !answered ? "SUNAT no responde (HTTP 503)" : null,
                BUYER.documentNumber(), BUYER.name());
        String api = "/api/v1/invoicing/documents/" + id;
        data.number("UPDATE electronic_documents SET xml_url = CASE WHEN hash_cpe IS NULL THEN NULL ELSE ? END,"
                + " cdr_url = CASE WHEN ? THEN ? END WHERE id = ? RETURNING id", api + "/xml", answered && signed,
                api + "/cdr", id);
        data.number("INSERT INTO electronic_document_events (id, document_id, occurred_at, status, code, message)"
                + " VALUES (nextval('electronic_document_events_seq'), ?, now() - interval '1 minute', 'PENDING', NULL,"
                + " NULL) RETURNING id", id);
        if (status != SunatStatus.PENDING) {
            data.number("INSERT INTO electronic_document_events (id, document_id, occurred_at, status, code, message)"
                    + " VALUES (nextval('electronic_document_events_seq'), ?, now(), ?, ?, ?) RETURNING id", id,
                    status.name(), status == SunatStatus.REJECTED ? "2017" : status == SunatStatus.ACCEPTED ? "0" : null,
                    sunatMessage);
        }
        return new Doc(id, order, issuer.series() + "-" + number, issuer.series(), number, hash, base);
    }

    /** The signed UBL of the fixture boleta. */
    public static XmlSigner.SignedXml sign(Issuer issuer, int number) {
        PricedOrder order = new PriceCalculator(new BigDecimal("0.18"), true, Locale.ROOT).price(PricingInput.of(List.of(
                PricingInput.Line.of(1, new BigDecimal("118.00"), 1, null, "10"))));
        UblDocument doc = new UblDocument(DocumentType.BOLETA, issuer.series(), number, LocalDate.of(2026, 12, 3),
                LocalTime.of(10, 15), "PEN", "0101", new UblDocument.Issuer(issuer.ruc(), "EMPRESA DE PRUEBA COLCA S.A.C.",
                "COLCA", "0000", new UblDocument.Address("150101", "LIMA", "LIMA", "LIMA", "AV. ARENALES 1234")),
                BUYER, List.of(new UblDocument.Item("POLO ALGODÓN PIMA TALLA M", "SKU-001", "NIU")), order, null, null);
        return new XmlSigner().sign(new UblWriter().write(doc), credentials(), SignatureAlgorithm.RSA_SHA256, SIGNED_AT);
    }

    private static SigningCredentials credentials() {
        try (InputStream in = DocumentFixtures.class.getResourceAsStream("/pe/colca/invoicing/test-signer.p12")) {
            return SigningCredentials.fromPkcs12(in.readAllBytes(), "colca-test".toCharArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
