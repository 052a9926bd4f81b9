package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static pe.colca.testing.Transactions.inTransaction;
import static pe.colca.testing.Transactions.race;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.invoicing.internal.DocumentNudge;
import pe.colca.invoicing.internal.DocumentSender;
import pe.colca.invoicing.internal.SendRun;
import pe.colca.settings.SettingsService;
import pe.colca.testing.DemoUser;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.InvoicingFixtures;
import pe.colca.testing.SendingCompanies;
import pe.colca.testing.TestData;

/**
 * The SUNAT sender end to end inside WildFly, against the simulator the harness deploys: a paid
 * order's document goes out through the {@code sunat.outbound} nudge (MDB) or the sweep, built from the
 * sale (SaleContents), signed, sent and classified from the CDR — accepted, accepted with observations,
 * rejected (the number burnt, the next sale takes the next number, a person must act), SUNAT down for a
 * while then up (every document accepted exactly once: the simulator counts each sendBill), 1033 recovered
 * through getStatusCdr, a redelivered nudge that does nothing, retries exhausted into the attention
 * queue and {@code sunat.outbound.dlq}, and concurrent sales with rollbacks leaving consecutive numbers
 * all accepted. Waits poll the database with a deadline; nothing sleeps to assert.
 */
@DisplayName("SUNAT sender: accepted, observed, rejected, SUNAT down, 1033, idempotent, DLQ, gapless")
class DocumentSenderIT extends InContainerIntegration {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final Map<String, String> FAST = Map.of(
            "invoicing.send.sweep_seconds", "1", "invoicing.send.backoff_seconds", "1",
            "invoicing.send.max_attempts", "30");

    private TestData data;
    private InvoicingFixtures invoicing;
    private DocumentRequests requests;
    private int store;
    private int company;
    private String ruc;
    private long variant;
    private final Map<String, String> restore = new LinkedHashMap<>();

    @BeforeEach
    void fixtures() throws Exception {
        Simulator.reset();
        data = data();
        invoicing = new InvoicingFixtures(data);
        requests = lookup("DefaultDocumentRequests", DocumentRequests.class);
        store = data.location().create().id();
        variant = data.product().price("11.80").variants(1).create().variant(0).id();
        settings(FAST);
        company = sendingCompany();
    }

    @AfterEach
    void restore() throws Exception {
        Simulator.reset();
        settings(new LinkedHashMap<>(restore));
        restore.clear();
    }

    @Test
    @DisplayName("a boleta is accepted: CDR stored, URLs and hash set, timeline PENDING → SENT → ACCEPTED, sent once")
    void accepted() throws Exception {
        long id = issue(boletaSeries(), order(null, "11.80"), DocumentType.BOLETA);
        awaitStatus(id, "ACCEPTED");
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE id = ? AND attempts = 1"
                + " AND xml_url = ? AND cdr_url = ? AND hash_cpe IS NOT NULL AND answered_at IS NOT NULL"
                + " AND sent_at IS NOT NULL AND NOT needs_attention AND sunat_message LIKE '0 - La Boleta numero %aceptada'",
                id, "/api/v1/invoicing/documents/" + id + "/xml", "/api/v1/invoicing/documents/" + id + "/cdr"));
        assertEquals("PENDING,SENT,ACCEPTED", timeline(id));
        assertEquals(1, Simulator.sends(key(id)), "sent once");
    }

    @Test
    @DisplayName("a factura to a RUC customer accepted with an observation: OBSERVED, the 4252 note kept")
    void observed() throws Exception {
        Simulator.faults("{\"observationCount\":1}");
        TestData.NewCustomer buyer = data.customer(IdentityDocumentType.RUC, TestData.ruc());
        long id = issue(facturaSeries(), order(buyer.id(), "118.00"), DocumentType.FACTURA);
        awaitStatus(id, "OBSERVED");
        assertTrue(data.string("SELECT sunat_message FROM electronic_documents WHERE id = ?", id).startsWith("4252 - "));
        assertEquals("PENDING,SENT,OBSERVED", timeline(id));
    }

    @Test
    @DisplayName("rejected (anonymous boleta above S/ 700, 2800): number burnt, needs attention; the next sale takes the next number")
    void rejected() throws Exception {
        String series = boletaSeries();
        long rejected = issue(series, order(null, "800.00"), DocumentType.BOLETA);
        awaitStatus(rejected, "REJECTED");
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE id = ? AND needs_attention"
                + " AND cdr_url IS NOT NULL AND last_error LIKE '2800 - %'", rejected));
        assertEquals("2800", data.string("SELECT code FROM electronic_document_events WHERE document_id = ?"
                + " AND status = 'REJECTED'", rejected));
        long next = issue(series, order(null, "11.80"), DocumentType.BOLETA);
        awaitStatus(next, "ACCEPTED");
        assertEquals(number(rejected) + 1, number(next), "the burnt number is never given again");
    }

    @Test
    @DisplayName("SUNAT down (503) for a while, then up: every pending document accepted exactly once, none lost")
    void sunatDownThenUp() throws Exception {
        Simulator.faults("{\"unavailable\":true}");
        String series = boletaSeries();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(issue(series, order(null, "11.80"), DocumentType.BOLETA));
        }
        await("every document failed at least once while SUNAT is down", () -> data.number(
                "SELECT count(*) FROM electronic_documents WHERE series = ? AND sunat_status = 'ERROR' AND attempts >= 1"
                        + " AND next_attempt_at IS NOT NULL AND last_error IS NOT NULL", series) == ids.size());
        Simulator.faults("{\"unavailable\":false}");
        for (long id : ids) {
            awaitStatus(id, "ACCEPTED");
            assertEquals(1, Simulator.sends(key(id)), "accepted exactly once: " + key(id));
            assertEquals(1, data.number("SELECT count(*) FROM electronic_document_events WHERE document_id = ?"
                    + " AND status = 'ACCEPTED'", id));
        }
        assertEquals(ids.size(), Simulator.acceptedWith(TestDataRuc.of(ruc, series)), "none lost, none twice");
    }

    @Test
    @DisplayName("1033 (SUNAT has it, the answer was lost): recovered with getStatusCdr, not issued twice")
    void alreadyRegisteredRecovered() throws Exception {
        Simulator.faults("{\"alreadyRegisteredCount\":1}");
        long id = issue(boletaSeries(), order(null, "11.80"), DocumentType.BOLETA);
        awaitStatus(id, "ACCEPTED");
        assertTrue(data.string("SELECT message FROM electronic_document_events WHERE document_id = ?"
                + " AND status = 'ACCEPTED'", id).startsWith("getStatusCdr: 0 - "));
        assertEquals(1, Simulator.sends(key(id)), "one sendBill, the CDR came from getStatusCdr");
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE id = ? AND cdr_url IS NOT NULL", id));
    }

    @Test
    @DisplayName("a redelivered nudge for an accepted document does nothing")
    void redeliveredNudgeIsANoOp() throws Exception {
        long id = issue(boletaSeries(), order(null, "11.80"), DocumentType.BOLETA);
        awaitStatus(id, "ACCEPTED");
        long events = data.number("SELECT count(*) FROM electronic_document_events WHERE document_id = ?", id);
        SendRun again = lookup("DocumentSender", DocumentSender.class).send(List.of(id, id));
        assertEquals(new SendRun(0, 0, 0, 0, 0, 2), again);
        assertTrue(lookup("DocumentNudge", DocumentNudge.class).send(List.of(id)), "the broker took the nudge");
        assertEquals(1, Simulator.sends(key(id)));
        assertEquals(events, data.number("SELECT count(*) FROM electronic_document_events WHERE document_id = ?", id));
        assertEquals("ACCEPTED", data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", id));
    }

    @Test
    @DisplayName("SUNAT's exception 0130 every time: retried with backoff, then needs attention and parked in sunat.outbound.dlq")
    void retriesExhausted() throws Exception {
        settings(Map.of("invoicing.send.max_attempts", "2"));
        Simulator.faults("{\"exceptionCode\":\"0130\",\"exceptionCount\":1000}");
        long id = issue(boletaSeries(), order(null, "11.80"), DocumentType.BOLETA);
        await("needs attention", () -> data.number("SELECT count(*) FROM electronic_documents WHERE id = ?"
                + " AND needs_attention", id) == 1);
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE id = ? AND sunat_status = 'ERROR'"
                + " AND attempts = 2 AND next_attempt_at IS NULL AND last_error LIKE 'after 2 attempts: 0130 - %'", id));
        assertEquals("PENDING,SENT,ERROR,SENT,ERROR", timeline(id));
        assertEquals(List.of(id), deadLettered(id));
    }

    @Test
    @DisplayName("20 concurrent sales on one series, every fourth rolled back: 15 documents numbered 1…15, all accepted")
    void concurrentIssuesAllAccepted() throws Exception {
        String series = boletaSeries();
        List<Long> orders = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 20; i++) {
            orders.add(order(null, "11.80"));
        }
        List<IssuedDocument> committed = race(20, i -> i % 4 == 3, () -> requests.requestForOrder(
                request(orders.remove(0), DocumentType.BOLETA)));
        assertEquals(IntStream.rangeClosed(1, 15).boxed().toList(),
                committed.stream().map(IssuedDocument::number).sorted().toList(), "consecutive, no gap, no repeat");
        for (IssuedDocument d : committed) {
            awaitStatus(d.id(), "ACCEPTED");
            assertEquals(1, Simulator.sends(key(d.id())));
        }
    }

    @Test
    @DisplayName("a company that sends boletas in the daily summary: its boleta is left PENDING for the summary, its factura goes out")
    void boletasOfSummaryCompaniesAreLeftToTheSummary() throws Exception {
        data.number("WITH u AS (UPDATE companies SET boleta_delivery = 'SUMMARY' WHERE id = ? RETURNING id)"
                + " SELECT count(*) FROM u", company);
        long boleta = issue(boletaSeries(), order(null, "11.80"), DocumentType.BOLETA);
        TestData.NewCustomer buyer = data.customer(IdentityDocumentType.RUC, TestData.ruc());
        long factura = issue(facturaSeries(), order(buyer.id(), "118.00"), DocumentType.FACTURA);
        awaitStatus(factura, "ACCEPTED");
        assertEquals("PENDING", data.string("SELECT sunat_status || CASE WHEN attempts = 0 THEN '' ELSE '?' END"
                + " FROM electronic_documents WHERE id = ?", boleta), "never claimed by the one-by-one sender");
        assertEquals(0, Simulator.sends(key(boleta)));
    }

    // ---- fixtures -------------------------------------------------------------------------------

    /** A company that can send: certificate, SOL user MODDATOS, the simulator as endpoint, store 0001. */
    private int sendingCompany() throws Exception {
        SendingCompanies.Sending sending = SendingCompanies.create("Emisora de Prueba", store);
        ruc = sending.ruc();
        return sending.id();
    }

    private String boletaSeries() throws Exception {
        String series = invoicing.newSeries('B');
        invoicing.series(company, store, "03", series, 0);
        return series;
    }

    private String facturaSeries() throws Exception {
        String series = invoicing.newSeries('F');
        invoicing.series(company, store, "01", series, 0);
        return series;
    }

    /** A paid order of one unit of the test variant at {@code price} (IGV included), to a customer or nobody. */
    private long order(Long customerId, String price) throws SQLException {
        long order = data.number("INSERT INTO orders (id, order_number, location_id, channel, status, payment_status,"
                + " subtotal, grand_total, customer_id) VALUES (nextval('orders_seq'), ?, ?, 'POS', 'PAID', 'PAID',"
                + " CAST(? AS numeric), CAST(? AS numeric), ?) RETURNING id", "IT-" + TestData.suffix(), store, price,
                price, customerId);
        data.number("INSERT INTO order_items (id, order_id, variant_id, quantity, unit_price, total_price)"
                + " VALUES (nextval('order_items_seq'), ?, ?, 1, CAST(? AS numeric), CAST(? AS numeric)) RETURNING id",
                order, variant, price, price);
        return order;
    }

    /** Issues the order's document in a committed sale transaction (nudged after commit); returns its id. */
    private long issue(String series, long order, DocumentType type) throws Exception {
        IssuedDocument d = inTransaction(() -> requests.requestForOrder(request(order, type)), true);
        assertEquals(series, d.series());
        return d.id();
    }

    private DocumentRequest request(long order, DocumentType type) throws SQLException {
        BigDecimal total = new BigDecimal(data.string("SELECT grand_total::text FROM orders WHERE id = ?", order));
        BigDecimal base = total.divide(new BigDecimal("1.18"), 2, RoundingMode.HALF_UP);
        return new DocumentRequest(order, store, type, LocalDate.now(LIMA), "PEN", total, total.subtract(base), base);
    }

    private int number(long id) throws SQLException {
        return (int) data.number("SELECT correlative_number FROM electronic_documents WHERE id = ?", id);
    }

    /** SUNAT's name of the document, {@code RUC-TT-SERIE-NUMERO}. */
    private String key(long id) throws SQLException {
        return ruc + "-" + data.string("SELECT document_type || '-' || series || '-' || correlative_number"
                + " FROM electronic_documents WHERE id = ?", id);
    }

    private String timeline(long id) throws SQLException {
        return data.string("SELECT string_agg(status, ',' ORDER BY occurred_at, id) FROM electronic_document_events"
                + " WHERE document_id = ?", id);
    }

    private void awaitStatus(long id, String status) throws Exception {
        SendingCompanies.awaitStatus(data, id, status, DEADLINE);
    }

    private void await(String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not within " + DEADLINE + ": " + what + "; documents: " + data.string(
                        "SELECT string_agg(id || ' ' || sunat_status || ' ' || attempts || ' ' || coalesce(last_error, ''), '; ')"
                                + " FROM electronic_documents WHERE company_id = ?", company));
            }
            Thread.sleep(200);
        }
    }

    /** The ids of the DLQ messages naming {@code id} (consumed). */
    private static List<Long> deadLettered(long id) throws Exception {
        InitialContext naming = new InitialContext();
        ConnectionFactory factory = (ConnectionFactory) naming.lookup("java:/ConnectionFactory");
        Queue dlq = (Queue) naming.lookup("java:/jms/queue/sunat.outbound.dlq");
        List<Long> ids = new ArrayList<>();
        try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = jms.createConsumer(dlq, "documentIds = '" + id + "'")) {
            Message message;
            while ((message = consumer.receive(ids.isEmpty() ? 10_000 : 1_000)) != null) {
                ids.addAll(DocumentNudge.MESSAGE.ids(((TextMessage) message).getText()));
            }
        }
        return ids;
    }

    /** Sets settings through the settings service (so this node's cache drops them at once), remembering the old values. */
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

    /** A {@code RUC-03-SERIES-} prefix of the simulator's keys. */
    private static final class TestDataRuc {
        static String of(String ruc, String series) {
            return ruc + "-03-" + series + "-";
        }
    }

    /**
     * The simulator seen from inside the server: its admin endpoint at this server's HTTP port
     * ({@code pe.colca.testing.SunatSimulator} works from the test JVM only).
     */
    static final class Simulator {
        private static final HttpClient HTTP = HttpClient.newHttpClient();
        private static final Pattern DOCUMENT = Pattern.compile(
                "\\{\"key\":\"([^\"]+)\",\"fileName\":\"[^\"]*\",\"accepted\":(true|false),\"code\":\"[^\"]*\",\"at\":\"[^\"]*\",\"sends\":(\\d+)}");

        static String base() {
            return SendingCompanies.simulatorBase();
        }

        static void reset() throws Exception {
            admin("POST", "/admin/reset", "");
        }

        static void faults(String json) throws Exception {
            admin("PUT", "/admin/faults", json);
        }

        /** How many times sendBill named the document {@code key}. */
        static int sends(String key) throws Exception {
            Matcher m = DOCUMENT.matcher(admin("GET", "/admin/documents", ""));
            while (m.find()) {
                if (m.group(1).equals(key)) {
                    return Integer.parseInt(m.group(3));
                }
            }
            return 0;
        }

        /** How many documents whose key starts with {@code prefix} the simulator accepted. */
        static int acceptedWith(String prefix) throws Exception {
            Matcher m = DOCUMENT.matcher(admin("GET", "/admin/documents", ""));
            int n = 0;
            while (m.find()) {
                if (m.group(1).startsWith(prefix) && "true".equals(m.group(2))) {
                    n++;
                }
            }
            return n;
        }

        private static String admin(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), method + " " + path + " → " + r.body());
            assertNotNull(r.body());
            assertFalse(r.body().isEmpty() && "GET".equals(method));
            return r.body();
        }
    }
}
