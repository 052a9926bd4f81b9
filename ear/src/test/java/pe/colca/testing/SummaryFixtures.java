package pe.colca.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import pe.colca.testing.ApiClient.Reply;

/**
 * Fixtures of the summaries and voiding tests: a company that signs with the test certificate and sends
 * to the simulator (through the API, so its secrets are encrypted as in production), its documents
 * (plain SQL: until the sales flow issues them, the tests write the rows the sender would have), and a
 * patient wait for an asynchronous state (the ticket is polled by the MDB or the sweep). A JUnit 5 extension:
 * {@code @RegisterExtension final SummaryFixtures fx = new SummaryFixtures();} resets the simulator's faults
 * before and after each test and signs the demo administrator in ({@link #admin()}).
 */
public final class SummaryFixtures implements BeforeEachCallback, AfterEachCallback {

    /** Today in Lima, the day documents are issued and summaries are named by. */
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Lima"));

    private final TestData data = TestData.client();
    private final ApiClient api = new ApiClient();
    private final InvoicingFixtures invoicing = new InvoicingFixtures(data);
    private String admin;

    @Override
    public void beforeEach(ExtensionContext context) {
        SunatSimulator.reset();
        admin = api.token(DemoUser.ADMIN.email());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SunatSimulator.reset();
    }

    public TestData data() {
        return data;
    }

    public ApiClient api() {
        return api;
    }

    /** The demo administrator's API token, for this test. */
    public String admin() {
        return admin;
    }

    /** POST /invoicing/summaries for the company and reference date: the summaries it made (200). */
    public List<JsonObject> summarize(int company, LocalDate date) {
        Reply r = api.post("/api/v1/invoicing/summaries", admin,
                "{\"companyId\":" + company + ",\"referenceDate\":\"" + date + "\"}");
        assertEquals(200, r.status(), r.toString());
        List<JsonObject> out = new ArrayList<>();
        Json.createReader(new java.io.StringReader(r.body())).readArray().forEach(v -> out.add(v.asJsonObject()));
        return out;
    }

    /** Waits (at most {@code limit}) until the summary's status is one of {@code statuses}; its body. */
    public JsonObject summary(long summaryId, Duration limit, String... statuses) throws InterruptedException {
        List<String> wanted = List.of(statuses);
        return await("/api/v1/invoicing/summaries/" + summaryId, limit, s -> wanted.contains(s.getString("status")));
    }

    /** The document's {@code sunat_status} as stored. */
    public String status(long documentId) throws SQLException {
        return data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", documentId);
    }

    /** A company ready to send to the simulator (certificate, SOL user MODDATOS), boletas by {@code delivery}. */
    public int company(String delivery) {
        String ruc = Companies.newRuc();
        Reply created = api.post("/api/v1/invoicing/companies", admin, Json.createObjectBuilder()
                .add("ruc", ruc).add("legalName", "Resúmenes " + ruc + " S.A.C.").add("endpoint", "SIMULATOR")
                .add("simulatorUrl", SunatSimulator.billService().toString()).build().toString());
        assertEquals(201, created.status(), created.toString());
        int id = created.json().getInt("id");
        String path = "/api/v1/invoicing/companies/" + id;
        Reply sol = api.put(path + "/sol-credentials", admin,
                "{\"solUser\":\"MODDATOS\",\"solPassword\":\"moddatos\"}", "If-Match", created.header("ETag"));
        assertEquals(200, sol.status(), sol.toString());
        Reply cert = api.put(path + "/certificate", admin, Json.createObjectBuilder().add("fileName", "test.p12")
                .add("pkcs12", Base64.getEncoder().encodeToString(Companies.p12("test-signer.p12")))
                .add("password", Companies.P12_PASSWORD).build().toString(), "If-Match", sol.header("ETag"));
        assertEquals(200, cert.status(), cert.toString());
        Reply mode = api.put(path + "/boleta-delivery", admin, "{\"boletaDelivery\":\"" + delivery + "\"}",
                "If-Match", cert.header("ETag"));
        assertEquals(200, mode.status(), mode.toString());
        assertEquals(delivery, mode.json().getString("boletaDelivery"));
        return id;
    }

    /** A new series of the prefix (B or F) no other test uses. */
    public String series(char prefix) throws SQLException {
        return invoicing.newSeries(prefix);
    }

    /** A document row as the sender leaves it: type 01/03, the status, issued on {@code issued}; its id. */
    public long document(int companyId, String type, String series, int number, LocalDate issued, String total,
                         String status) throws SQLException {
        BigDecimal t = new BigDecimal(total);
        BigDecimal gravado = t.divide(new BigDecimal("1.18"), 2, java.math.RoundingMode.HALF_UP);
        return data.number("INSERT INTO electronic_documents (id, company_id, document_type, series, correlative_number,"
                + " issue_date, currency, total_amount, total_igv, total_gravado, sunat_status)"
                + " VALUES (nextval('electronic_documents_seq'), ?, ?, ?, ?, ?, 'PEN', ?, ?, ?, ?) RETURNING id",
                companyId, type, series, number, issued, t, t.subtract(gravado), gravado, status);
    }

    /** Waits (at most {@code limit}) until GET {@code path} answers a body {@code done} accepts; that body. */
    public JsonObject await(String path, Duration limit, Predicate<JsonObject> done) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        JsonObject last = null;
        while (Instant.now().isBefore(end)) {
            Reply r = api.get(path, admin);
            assertEquals(200, r.status(), r.toString());
            last = r.json();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        fail("not reached within " + limit + ": " + last);
        return last;
    }

    /**
     * Pauses ({@code pause}) or resumes ({@code resume}) delivery on a JMS queue of the test server through
     * its management port: messages stay in the queue, no consumer gets them (what a lost nudge looks like).
     */
    public static void queue(String name, String operation) {
        int port = Integer.parseInt(System.getProperty("colca.management.port", "10090"));
        org.jboss.as.controller.client.ModelControllerClientConfiguration config =
                new org.jboss.as.controller.client.ModelControllerClientConfiguration.Builder()
                        .setHostName("127.0.0.1").setPort(port).setConnectionTimeout(120_000).build();
        try (org.jboss.as.controller.client.ModelControllerClient client =
                     org.jboss.as.controller.client.ModelControllerClient.Factory.create(config)) {
            org.jboss.dmr.ModelNode address = org.jboss.as.controller.client.helpers.Operations.createAddress(
                    "subsystem", "messaging-activemq", "server", "default", "jms-queue", name);
            org.jboss.dmr.ModelNode result = client.execute(
                    org.jboss.as.controller.client.helpers.Operations.createOperation(operation, address));
            if (!org.jboss.as.controller.client.helpers.Operations.isSuccessfulOutcome(result)) {
                fail(operation + " " + name + ": " + org.jboss.as.controller.client.helpers.Operations.getFailureDescription(result));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
