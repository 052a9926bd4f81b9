package pe.colca.testing;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import pe.colca.invoicing.internal.gateway.DocumentFiles;
import pe.colca.invoicing.internal.gateway.SunatGateway;
import pe.colca.invoicing.sunat.XmlSigner;

/**
 * Fixtures of the reconciliation tests: a company that consults the simulator (through
 * {@link SummaryFixtures#company}) with a boleta series bound to a new store; paid orders of a day as the
 * sales flow leaves them (the order, its first move to PAID at noon Lima of the day); document rows as the
 * sender leaves them; and a boleta the simulator really holds (signed like the sender signs and sent with
 * sendBill from here, so SUNAT's side of the comparison is real).
 */
public final class ReconciliationFixtures {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private final TestData data;
    private final SummaryFixtures summaries;
    private final InvoicingFixtures invoicing;

    /** A company of the tests, its RUC, its store and its boleta series there. */
    public record Shop(int companyId, String ruc, int storeId, String series) {
    }

    public ReconciliationFixtures(TestData data, SummaryFixtures summaries) {
        this.data = data;
        this.summaries = summaries;
        this.invoicing = new InvoicingFixtures(data);
    }

    public Shop shop() throws SQLException {
        int company = summaries.company("BILL");
        String ruc = data.string("SELECT ruc FROM companies WHERE id = ?", company);
        int store = data.location().create().id();
        String series = invoicing.newSeries('B');
        invoicing.series(company, store, "03", series, 0);
        return new Shop(company, ruc, store, series);
    }

    /** A boleta order of the store paid at noon (Lima) of {@code day}; its id. */
    public long paidOrder(Shop shop, LocalDate day, String total) throws SQLException {
        long order = data.number("INSERT INTO orders (id, order_number, location_id, channel, status, payment_status,"
                + " subtotal, grand_total, document_type, created_at) VALUES (nextval('orders_seq'), ?, ?, 'POS', 'PAID',"
                + " 'PAID', CAST(? AS numeric), CAST(? AS numeric), '03', ?) RETURNING id", "RC-" + TestData.suffix(),
                shop.storeId(), total, total, java.sql.Timestamp.from(noon(day).minusSeconds(600)));
        data.number("INSERT INTO order_status_history (id, order_id, previous_status, new_status, changed_at)"
                + " VALUES (nextval('order_status_history_seq'), ?, 'DRAFT', 'PAID', ?) RETURNING id", order,
                java.sql.Timestamp.from(noon(day)));
        return order;
    }

    /** The order's number. */
    public String orderNumber(long order) throws SQLException {
        return data.string("SELECT order_number FROM orders WHERE id = ?", order);
    }

    /** A boleta row of the order issued on {@code day}, in {@code status}, as the sender leaves it; its id. */
    public long boleta(Shop shop, long order, int number, LocalDate day, String status, boolean needsAttention)
            throws SQLException {
        BigDecimal total = new BigDecimal("118.00");
        return data.number("INSERT INTO electronic_documents (id, order_id, company_id, document_type, series,"
                        + " correlative_number, issue_date, currency, total_amount, total_igv, total_gravado, sunat_status,"
                        + " needs_attention) VALUES (nextval('electronic_documents_seq'), ?, ?, '03', ?, ?, ?, 'PEN', ?,"
                        + " 18.00, 100.00, ?, ?) RETURNING id",
                order, shop.companyId(), shop.series(), number, day, total, status, needsAttention);
    }

    /** Sends the signed boleta {@code number} of the shop's series to the simulator, which then holds it accepted. */
    public void sendToSimulator(Shop shop, int number) throws Exception {
        XmlSigner.SignedXml xml = DocumentFixtures.sign(
                new DocumentFixtures.Issuer(shop.companyId(), shop.ruc(), shop.series(), shop.storeId()), number);
        String base = DocumentFiles.baseName(shop.ruc(), "03", shop.series(), number);
        SunatGateway.Endpoint endpoint = new SunatGateway.Endpoint(URI.create(SunatSimulator.billService().toString()),
                shop.ruc() + "MODDATOS", "moddatos", Duration.ofSeconds(60));
        SunatGateway.sendBill(endpoint, base + ".zip", DocumentFiles.zip(base, xml.xml()));
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(LIMA).toInstant();
    }
}
