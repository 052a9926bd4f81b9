package pe.colca.testing;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Documents planted for the SUNAT deadline tests (issue 14): a company with a factura (F) and a boleta (B)
 * series at a store, and documents of them issued some days ago in the status the test needs (PENDING,
 * ERROR…), as the sender would leave them before reaching SUNAT.
 */
public final class DeadlineFixtures {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private final TestData data;
    private final InvoicingFixtures invoicing;

    public DeadlineFixtures(TestData data) {
        this.data = data;
        this.invoicing = new InvoicingFixtures(data);
    }

    /** A company with its factura and boleta series at the store. */
    public record Issuer(long companyId, String ruc, int locationId, String facturas, String boletas) {
    }

    /** A planted document. */
    public record Planted(long id, String number) {
    }

    public Issuer issuer(int locationId) throws SQLException {
        long company = invoicing.company();
        String ruc = data.string("SELECT ruc FROM companies WHERE id = ?", company);
        String f = invoicing.newSeries('F');
        invoicing.series(company, locationId, "01", f, 0);
        String b = invoicing.newSeries('B');
        invoicing.series(company, locationId, "03", b, 0);
        return new Issuer(company, ruc, locationId, f, b);
    }

    /** A factura (01) of the issuer, {@code daysAgo} days before today in Lima, in {@code status}. */
    public Planted factura(Issuer issuer, int daysAgo, String status) throws SQLException {
        return document(issuer, "01", issuer.facturas(), daysAgo, status);
    }

    /** A boleta (03) of the issuer, {@code daysAgo} days before today in Lima, in {@code status}. */
    public Planted boleta(Issuer issuer, int daysAgo, String status) throws SQLException {
        return document(issuer, "03", issuer.boletas(), daysAgo, status);
    }

    private Planted document(Issuer issuer, String type, String series, int daysAgo, String status) throws SQLException {
        int number = (int) data.number("UPDATE document_sequences SET current_number = current_number + 1"
                + " WHERE company_id = ? AND document_type = ? AND series = ? RETURNING current_number",
                issuer.companyId(), type, series);
        long order = invoicing.paidOrder(issuer.locationId(), "118.00");
        long id = data.number("INSERT INTO electronic_documents (id, order_id, company_id, document_type, series,"
                        + " correlative_number, issue_date, currency, total_amount, total_igv, total_gravado, sunat_status,"
                        + " created_at, needs_attention, attempts) VALUES (nextval('electronic_documents_seq'), ?, ?, ?, ?, ?,"
                        + " ?, 'PEN', 118.00, 18.00, 100.00, ?, now(), false, 0) RETURNING id",
                order, issuer.companyId(), type, series, number, java.sql.Date.valueOf(LocalDate.now(LIMA).minusDays(daysAgo)),
                status);
        data.number("INSERT INTO electronic_document_events (id, document_id, status) VALUES"
                + " (nextval('electronic_document_events_seq'), ?, 'PENDING') RETURNING id", id);
        return new Planted(id, series + "-" + number);
    }
}
