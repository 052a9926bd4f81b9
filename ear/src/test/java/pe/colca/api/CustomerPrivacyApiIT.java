package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Download;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.CustomerLedgerFixtures;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewCustomer;
import pe.colca.testing.TestData.NewUser;

/**
 * Personal-data requests (Ley 29733) through {@code /api/v1/customers/{id}/personal-data}: the export is
 * complete (data, consent, addresses, both ledgers, orders, notifications, earlier requests) as JSON and as a
 * real PDF; anonymisation erases the personal fields, keeps the document only when the customer has paid
 * orders, hides him from search and lookup, and is logged; refusals change nothing. Also the loyalty expiry
 * job on demand. Orders and notifications are written by SQL ({@link CustomerLedgerFixtures}): the sales area
 * has no order service yet.
 */
class CustomerPrivacyApiIT extends ClientIntegration {

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();
    private final CustomerLedgerFixtures fixtures = new CustomerLedgerFixtures(data);

    private String officer() throws Exception {
        return api.token(data.user().permissions("api.access", "customer.view", "customer.privacy", "payment.create")
                .create());
    }

    @Test
    @DisplayName("export: JSON holds everything (data, addresses, ledgers, orders, notifications, requests); PDF is real")
    void exportIsComplete() throws Exception {
        NewCustomer c = data.customer();
        fixtures.address(c.id(), "Av. Larco 345");
        fixtures.earnedLongAgo(c.id(), 40, 2);
        long order = fixtures.order(c.id(), "1234.50");
        long notification = fixtures.notificationSent(c.id(), "ORDER_READY");
        String token = officer();
        Reply topUp = api.post("/api/v1/customers/" + c.id() + "/wallet/top-ups", token,
                Json.createObjectBuilder().add("amount", 25.5).add("reference", "OP-" + TestData.suffix()).build()
                        .toString());
        assertEquals(201, topUp.status(), topUp.toString());

        Reply export = api.get("/api/v1/customers/" + c.id() + "/personal-data", token);
        assertEquals(200, export.status(), export.toString());
        JsonObject json = export.json();
        JsonObject subject = json.getJsonObject("customer");
        assertEquals(c.fullName(), subject.getString("fullName"));
        assertEquals(c.docNumber(), subject.getString("docNumber"));
        assertEquals(c.email(), subject.getString("email"));
        assertFalse(subject.getJsonObject("marketingConsent").getBoolean("given"));
        assertEquals("Av. Larco 345", json.getJsonArray("addresses").getJsonObject(0).getString("addressLine"));
        assertEquals(40, json.getJsonObject("loyalty").getInt("pointsBalance"));
        assertEquals(1, json.getJsonObject("loyalty").getJsonArray("movements").size());
        assertEquals("25.50", json.getJsonObject("wallet").getJsonNumber("balance").bigDecimalValue()
                .setScale(2).toPlainString());
        assertEquals(1, json.getJsonObject("wallet").getJsonArray("transactions").size());
        JsonArray orders = json.getJsonArray("orders");
        assertEquals(1, orders.size());
        assertEquals(order, orders.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("PAID", orders.getJsonObject(0).getString("paymentStatus"));
        assertNotNull(orders.getJsonObject(0).getString("storeName"));
        assertEquals("1234.50", orders.getJsonObject(0).getJsonNumber("grandTotal").bigDecimalValue().setScale(2)
                .toPlainString());
        JsonArray notifications = json.getJsonArray("notifications");
        assertEquals(1, notifications.size());
        assertEquals(notification, notifications.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("ORDER_READY", notifications.getJsonObject(0).getString("notificationType"));
        JsonArray requests = json.getJsonArray("privacyRequests");
        assertEquals(1, requests.size(), "this export is logged and listed");
        assertEquals("EXPORT", requests.getJsonObject(0).getString("kind"));
        assertEquals("JSON", requests.getJsonObject(0).getString("format"));

        Download pdf = api.download("/api/v1/customers/" + c.id() + "/personal-data/pdf", token, "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        PdfReader reader = new PdfReader(pdf.body());
        try {
            assertTrue(reader.getNumberOfPages() >= 1);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains(c.fullName()), "the PDF names the customer: " + text);
            assertTrue(text.contains("Datos personales del cliente"), text);
            assertTrue(text.contains(c.docNumber()), text);
        } finally {
            reader.close();
        }
        assertEquals(2, data.number("SELECT count(*) FROM customer_privacy_requests WHERE customer_id = ?"
                + " AND kind = 'EXPORT'", c.id()));
        assertEquals(1, data.number("SELECT count(*) FROM customer_privacy_requests WHERE customer_id = ?"
                + " AND format = 'PDF' AND requested_by IS NOT NULL", c.id()));
        assertEquals(2, data.number("SELECT count(*) FROM audit_logs WHERE action = 'EXPORT'"
                + " AND entity_table = 'customers' AND entity_id = ?", String.valueOf(c.id())));
    }

    @Test
    @DisplayName("export and anonymisation need customer.privacy: 403 and nothing is written")
    void needsThePermission() throws Exception {
        NewCustomer c = data.customer();
        String viewer = api.token(data.user().permissions("api.access", "customer.view", "customer.edit").create());
        assertEquals(403, api.get("/api/v1/customers/" + c.id() + "/personal-data", viewer).status());
        assertEquals(403, api.download("/api/v1/customers/" + c.id() + "/personal-data/pdf", viewer,
                "application/pdf").status());
        Reply anonymise = api.post("/api/v1/customers/" + c.id() + "/personal-data/anonymisation", viewer,
                reason("solicitud"));
        assertEquals(403, anonymise.status(), anonymise.toString());
        assertEquals(0, data.number("SELECT count(*) FROM customer_privacy_requests WHERE customer_id = ?", c.id()));
        assertEquals(c.fullName(), data.string("SELECT full_name FROM customers WHERE id = ?", c.id()));
    }

    @Test
    @DisplayName("anonymisation with paid orders: personal fields gone, document kept, not found by old data, logged")
    void anonymiseKeepsTheDocumentForTaxDocuments() throws Exception {
        NewCustomer c = data.customer();
        fixtures.address(c.id(), "Jr. Junín 120");
        fixtures.order(c.id(), "59.90");
        String token = officer();
        String base = "/api/v1/customers/" + c.id();

        Reply blank = api.post(base + "/personal-data/anonymisation", token, "{}");
        assertEquals(400, blank.status(), blank.toString());
        assertTrue(blank.fieldErrors().containsKey("reason"), blank.toString());
        Reply stale = api.post(base + "/personal-data/anonymisation", token, reason("carta"), "If-Match", "\"99\"");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("stale-version", stale.problemType());
        assertEquals(c.fullName(), data.string("SELECT full_name FROM customers WHERE id = ?", c.id()),
                "refusals change nothing");

        Reply done = api.post(base + "/personal-data/anonymisation", token, reason("Carta N.° 12-2026"),
                "If-Match", "\"0\"");
        assertEquals(200, done.status(), done.toString());
        assertTrue(done.json().getBoolean("documentKept"));

        assertEquals(1, data.number("SELECT count(*) FROM customers WHERE id = ? AND full_name LIKE 'Cliente anonimizado%'"
                + " AND email IS NULL AND phone IS NULL AND birth_date IS NULL AND gender IS NULL"
                + " AND NOT marketing_consent AND marketing_consent_channel IS NULL AND deleted_at IS NOT NULL"
                + " AND doc_type = ? AND doc_number = ?", c.id(), c.docType().name(), c.docNumber()));
        assertEquals(0, data.number("SELECT count(*) FROM customer_addresses WHERE customer_id = ?", c.id()));
        assertEquals(1, data.number("SELECT count(*) FROM customer_privacy_requests WHERE customer_id = ?"
                + " AND kind = 'ANONYMISATION' AND document_kept AND reason = 'Carta N.° 12-2026'"
                + " AND requested_by IS NOT NULL", c.id()));
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE action = 'ANONYMISE' AND entity_id = ?"
                + " AND old_values IS NULL AND position(? in new_values::text) = 0", String.valueOf(c.id()), c.email()),
                "the audit row keeps no erased value");

        Reply byName = api.get("/api/v1/customers?q=" + ApiClient.q(c.fullName()), token);
        assertEquals(0, byName.json().getInt("total"), byName.toString());
        Reply byEmail = api.get("/api/v1/customers?q=" + ApiClient.q(c.email()), token);
        assertEquals(0, byEmail.json().getInt("total"), byEmail.toString());
        Reply lookup = api.get("/api/v1/customers/lookup?type=" + c.docType() + "&number=" + c.docNumber(), token);
        assertEquals(404, lookup.status(), lookup.toString());
        assertEquals(404, api.get(base + "/personal-data", token).status(), "nothing left to export");
    }

    @Test
    @DisplayName("anonymisation without paid orders replaces the document too")
    void anonymiseWithoutPaidOrdersReplacesTheDocument() throws Exception {
        NewCustomer c = data.customer();
        fixtures.order(c.id(), "10.00", "PENDING_PAYMENT", "UNPAID");
        Reply done = api.post("/api/v1/customers/" + c.id() + "/personal-data/anonymisation", officer(),
                reason("formulario web"));
        assertEquals(200, done.status(), done.toString());
        assertFalse(done.json().getBoolean("documentKept"));
        assertEquals("PASSPORT ANON" + c.id(), data.string("SELECT doc_type || ' ' || doc_number FROM customers"
                + " WHERE id = ?", c.id()));
        assertEquals(0, data.number("SELECT count(*) FROM customers WHERE doc_number = ?", c.docNumber()));
    }

    @Test
    @DisplayName("loyalty expiry on demand: 202 with the execution, which completes and expires old points")
    void loyaltyExpiryOnDemand() throws Exception {
        long customer = fixtures.customer();
        fixtures.earnedLongAgo(customer, 30, 800);
        String token = api.token(data.user().permissions("api.access", "batch.job.start", "batch.job.view").create());
        Reply bad = api.post("/api/v1/admin/jobs/loyalty-expiry?asOf=ayer", token, null);
        assertEquals(400, bad.status(), bad.toString());

        Reply started = api.post("/api/v1/admin/jobs/loyalty-expiry", token, null);
        assertEquals(202, started.status(), started.toString());
        assertEquals("customer-loyalty-expiry", started.json().getString("jobName"));
        String location = started.header("Location");
        assertNotNull(location);
        String status = started.json().getString("status");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!"COMPLETED".equals(status) && !"FAILED".equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            Reply run = api.get(location, token);
            assertEquals(200, run.status(), run.toString());
            status = run.json().getString("status");
        }
        assertEquals("COMPLETED", status);
        assertEquals(1, fixtures.movements(customer, "EXPIRE"));
        assertEquals(0, fixtures.points(customer));
        NewUser viewer = data.user().permissions("api.access", "batch.job.view").create();
        assertEquals(403, api.post("/api/v1/admin/jobs/loyalty-expiry", api.token(viewer), null).status());
    }

    private static String reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build().toString();
    }
}
