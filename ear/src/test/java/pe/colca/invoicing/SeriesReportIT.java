package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.colca.testing.Transactions.inTransaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.PageRequest;
import pe.colca.invoicing.DocumentSenderIT.Simulator;
import pe.colca.invoicing.internal.DeadlineAlerts;
import pe.colca.settings.SettingsService;
import pe.colca.testing.DeadlineFixtures;
import pe.colca.testing.DemoUser;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.InvoicingFixtures;
import pe.colca.testing.SendingCompanies;
import pe.colca.testing.TestData;

/**
 * Burnt numbers and deadline alerts inside WildFly (issue 14). A boleta rejected by the simulator (anonymous
 * buyer above S/ 700: 2800) is re-issued once the order names a buyer: the rejected number stays burnt (the
 * re-issue takes the next one), the series report lists it with SUNAT's code linked to its replacement and
 * counts no gap; a number taken without a document shows as the one gap. An old pending factura is alerted
 * once however often the alert timer's method runs.
 */
class SeriesReportIT extends InContainerIntegration {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final Map<String, String> FAST = Map.of(
            "invoicing.send.sweep_seconds", "1", "invoicing.send.backoff_seconds", "1");

    private TestData data;
    private int store;
    private int company;
    private long variant;
    private final Map<String, String> restore = new LinkedHashMap<>();

    @BeforeEach
    void fixtures() throws Exception {
        Simulator.reset();
        data = data();
        store = data.location().create().id();
        variant = data.product().price("800.00").variants(1).create().variant(0).id();
        settings(FAST);
    }

    @AfterEach
    void restore() throws Exception {
        Simulator.reset();
        settings(new LinkedHashMap<>(restore));
        restore.clear();
    }

    @Test
    @DisplayName("rejected (2800) → re-issued: the report shows the burnt number linked to its replacement, no gap")
    void burntNumberLinkedToItsReplacement() throws Exception {
        company = SendingCompanies.create("Emisora Quemados", store).id();
        InvoicingFixtures invoicing = new InvoicingFixtures(data);
        String series = invoicing.newSeries('B');
        int sequence = (int) invoicing.series(company, store, "03", series, 0);
        DocumentRequests requests = lookup("DefaultDocumentRequests", DocumentRequests.class);
        DocumentService documents = lookup("DefaultDocumentService", DocumentService.class);
        SeriesReports reports = lookup("DefaultSeriesReports", SeriesReports.class);

        long order = order();
        long rejected = inTransaction(() -> requests.requestForOrder(request(order)), true).id();
        awaitStatus(rejected, "REJECTED");
        assertEquals("2800", data.string("SELECT code FROM electronic_document_events WHERE document_id = ?"
                + " AND status = 'REJECTED'", rejected));

        // the buyer is named now; the re-issue takes the series' next number, the rejected one stays burnt
        long buyer = data.customer().id();
        data.number("UPDATE orders SET customer_id = ? WHERE id = ? RETURNING id", buyer, order);
        ElectronicDocument replacement = as(DemoUser.ADMIN, () -> documents.reissue(rejected));
        assertNotEquals(number(rejected), replacement.getCorrelativeNumber(), "a burnt number is never given again");
        assertEquals(number(rejected) + 1, replacement.getCorrelativeNumber());
        awaitStatus(replacement.getId(), "ACCEPTED");

        SeriesReports.Report report = as(DemoUser.ADMIN, () -> reports.report(sequence, SeriesReports.Show.ALL,
                PageRequest.of(0, 50)));
        SeriesReports.Summary summary = report.summary();
        assertEquals(2, summary.currentNumber());
        assertEquals(1, summary.issued());
        assertEquals(1, summary.burnt());
        assertEquals(1, summary.replaced());
        assertEquals(0, summary.gaps(), "every number is accounted for");
        assertEquals(2, report.numbers().total());
        List<SeriesReports.NumberRow> rows = report.numbers().items();
        SeriesReports.NumberRow burnt = rows.get(0);
        assertEquals(SeriesReports.NumberState.BURNT, burnt.state());
        assertEquals("2800", burnt.rejectionCode());
        assertEquals(rejected, burnt.documentId());
        assertEquals(replacement.getId(), burnt.replacementId());
        assertEquals(series + "-2", burnt.replacementNumber());
        assertEquals(SeriesReports.NumberState.ISSUED, rows.get(1).state());
        assertEquals("ACCEPTED", rows.get(1).status());
        assertNull(rows.get(1).rejectionCode());

        SeriesReports.BurntNumber listed = as(DemoUser.ADMIN, () -> reports.burnt(
                new SeriesReports.BurntFilter(null, series, null, null), PageRequest.of(0, 20))).items().get(0);
        assertEquals(series + "-1", listed.documentNumber());
        assertEquals(series + "-2", listed.replacementNumber());
        assertEquals("ACCEPTED", listed.replacementStatus());

        // a number taken without a document (must never happen) is the one gap, listed alone with show=GAP
        data.number("UPDATE document_sequences SET current_number = current_number + 1 WHERE id = ? RETURNING id", sequence);
        SeriesReports.Report gaps = as(DemoUser.ADMIN, () -> reports.report(sequence, SeriesReports.Show.GAP,
                PageRequest.of(0, 50)));
        assertEquals(1, gaps.summary().gaps());
        assertEquals(1, gaps.numbers().total());
        assertEquals(3, gaps.numbers().items().get(0).number());
        assertEquals(SeriesReports.NumberState.GAP, gaps.numbers().items().get(0).state());
    }

    @Test
    @DisplayName("an old pending factura is overdue and alerted once: the alert method run twice queues one alert")
    void overdueFacturaAlertedOnce() throws Exception {
        DeadlineFixtures fixtures = new DeadlineFixtures(data);
        DeadlineFixtures.Issuer issuer = fixtures.issuer(store);
        DeadlineFixtures.Planted old = fixtures.factura(issuer, 10, "PENDING");
        DeadlineFixtures.Planted soon = fixtures.factura(issuer, Deadlines.FACTURA_DAYS, "ERROR");
        DeadlineFixtures.Planted fresh = fixtures.boleta(issuer, 0, "PENDING");
        DeadlineAlerts alerts = lookup("DeadlineAlerts", DeadlineAlerts.class);
        Deadlines deadlines = lookup("DefaultDeadlines", Deadlines.class);

        Deadlines.Item overdue = as(DemoUser.ADMIN, () -> deadlines.search(new Deadlines.Filter(Deadlines.Show.ALL, null,
                issuer.companyId(), null, null), PageRequest.of(0, 20))).items().get(0);
        assertEquals(old.id(), overdue.documentId());
        assertEquals(Deadlines.Urgency.OVERDUE, overdue.urgency());
        assertEquals(LocalDate.now(LIMA).minusDays(10).plusDays(Deadlines.FACTURA_DAYS + 1)
                .atStartOfDay(LIMA).toInstant(), overdue.deadline());

        String notifications = "SELECT count(*) FROM notifications WHERE notification_type = 'DOCUMENT_DEADLINE'"
                + " AND payload->>'ruc' = ?";
        transaction().begin();
        alerts.announce(Instant.now());
        transaction().commit();
        long sent = data.number(notifications, issuer.ruc());
        assertTrue(sent >= 2, "e-mail and in-app to the staff holding sunat.document.issue: " + sent);
        assertEquals(1, data.number("SELECT count(*) FROM document_deadline_alerts WHERE document_id = ?"
                + " AND kind = 'SEND' AND threshold = 'OVERDUE'", old.id()));
        assertEquals(1, data.number("SELECT count(*) FROM document_deadline_alerts WHERE document_id = ?"
                + " AND kind = 'SEND' AND threshold = 'DUE_SOON'", soon.id()));
        assertEquals(0, data.number("SELECT count(*) FROM document_deadline_alerts WHERE document_id = ?", fresh.id()),
                "a boleta issued today is on time");
        assertTrue(data.string("SELECT string_agg(payload::text, ' ') FROM notifications WHERE notification_type ="
                + " 'DOCUMENT_DEADLINE' AND payload->>'ruc' = ?", issuer.ruc()).contains(old.number()));

        transaction().begin();
        alerts.announce(Instant.now());
        transaction().commit();
        assertEquals(sent, data.number(notifications, issuer.ruc()), "alerted once per document and threshold");
        assertEquals(2, data.number("SELECT count(*) FROM document_deadline_alerts a JOIN electronic_documents d"
                + " ON d.id = a.document_id WHERE d.company_id = ?", issuer.companyId()));
    }

    // ---- fixtures ---------------------------------------------------------

    /** A paid anonymous order of one unit at S/ 800.00: above S/ 700, SUNAT wants the buyer named (2800). */
    private long order() throws Exception {
        long order = data.number("INSERT INTO orders (id, order_number, location_id, channel, status, payment_status,"
                + " subtotal, grand_total) VALUES (nextval('orders_seq'), ?, ?, 'POS', 'PAID', 'PAID', 800.00, 800.00)"
                + " RETURNING id", "IT-" + TestData.suffix(), store);
        data.number("INSERT INTO order_items (id, order_id, variant_id, quantity, unit_price, total_price)"
                + " VALUES (nextval('order_items_seq'), ?, ?, 1, 800.00, 800.00) RETURNING id", order, variant);
        return order;
    }

    private DocumentRequest request(long order) {
        BigDecimal total = new BigDecimal("800.00");
        BigDecimal base = total.divide(new BigDecimal("1.18"), 2, RoundingMode.HALF_UP);
        return new DocumentRequest(order, store, DocumentType.BOLETA, LocalDate.now(LIMA), "PEN", total,
                total.subtract(base), base);
    }

    private int number(long id) throws Exception {
        return (int) data.number("SELECT correlative_number FROM electronic_documents WHERE id = ?", id);
    }

    private void awaitStatus(long id, String status) throws Exception {
        SendingCompanies.awaitStatus(data, id, status, DEADLINE);
    }

    private void settings(Map<String, String> values) throws Exception {
        SettingsService service = lookup("DefaultSettingsService", SettingsService.class);
        as(DemoUser.ADMIN, () -> {
            for (Map.Entry<String, String> e : values.entrySet()) {
                var current = service.get(e.getKey());
                restore.putIfAbsent(e.getKey(), current.value());
                service.update(e.getKey(), current.version(), e.getValue());
            }
            return null;
        });
    }
}
