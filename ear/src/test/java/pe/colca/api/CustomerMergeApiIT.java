package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.customer.IdentityDocuments;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.CustomerLedgerFixtures;
import pe.colca.testing.CustomerMergeFixtures;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewCustomer;

/**
 * Duplicates and merge end to end ({@code /api/v1/customers/duplicates}, {@code /customers/{id}/merge}): the merge
 * preserves the sums of points and money exactly (MERGE_OUT/MERGE_IN lines on both sides), moves every row of every
 * table that references {@code customers} (found in {@code pg_constraint}, so a table added later is covered too),
 * keeps the log and the audit row; the old id points at the survivor (301 for reads, 410 for writes); refusals
 * change nothing; candidates carry their reasons and a dismissed pair is never offered again.
 */
class CustomerMergeApiIT extends ClientIntegration {

    /**
     * Columns referencing customers that keep the absorbed id on purpose: the customer area's own history. The
     * merge log names him; his loyalty account and wallet stay (with zero balance) so his side of the MERGE_OUT
     * lines is visible; a dismissal stays as it was reviewed; a personal-data request (export, anonymisation) is a
     * logged fact about the record it was made for (Ley 29733), so it stays with that record.
     */
    private static final List<String> KEEP_ABSORBED = List.of("customer_merge_log.source_customer_id",
            "loyalty_accounts.customer_id", "customer_wallets.customer_id",
            "customer_duplicate_dismissals.customer_id", "customer_duplicate_dismissals.other_customer_id",
            "customer_privacy_requests.customer_id");

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();
    private final CustomerLedgerFixtures ledgers = new CustomerLedgerFixtures(data);
    private final CustomerMergeFixtures fixtures = new CustomerMergeFixtures(data);
    private String token;

    @BeforeEach
    void user() throws Exception {
        token = api.token(data.user().permissions("api.access", "customer.view", "customer.edit", "customer.delete", "customer.merge",
                "payment.create", "loyalty.adjust").create());
    }

    @Test
    @DisplayName("merge: points and money summed exactly through both ledgers, every referencing row moved, log and audit")
    void mergeMovesEverything() throws Exception {
        NewCustomer survivor = data.customer();
        NewCustomer absorbed = data.customer();
        ledgers.earnedLongAgo(survivor.id(), 120, 10);
        ledgers.earnedLongAgo(absorbed.id(), 75, 20);
        adjustPoints(absorbed.id(), 5);
        topUp(survivor.id(), "10.25");
        topUp(absorbed.id(), "40.50");
        fixtures.address(survivor.id(), "Av. Larco 101", true);
        fixtures.address(absorbed.id(), "Jr. Ucayali 202", true);
        fixtures.address(absorbed.id(), "Calle Las Begonias 303", false);
        long order = ledgers.order(absorbed.id(), "80.00");
        fixtures.orderPoints(order, absorbed.id(), "80.00", 80);
        long notification = fixtures.notification(absorbed.id());
        long pointsBefore = ledgers.points(survivor.id()) + ledgers.points(absorbed.id());
        assertEquals(200, pointsBefore);

        Reply merged = api.post("/api/v1/customers/" + survivor.id() + "/merge", token,
                body(absorbed.id(), version(absorbed.id()), "{\"fullName\": \"ABSORBED\", \"email\": \"SURVIVOR\"}",
                        "Registrado dos veces en tiendas distintas"),
                "If-Match", "\"" + version(survivor.id()) + "\"");
        assertEquals(200, merged.status(), merged.toString());
        JsonObject result = merged.json();
        assertEquals(80, result.getInt("pointsMoved"));
        assertEquals("40.50", result.getJsonNumber("walletMoved").bigDecimalValue().toPlainString());
        assertEquals(2, result.getInt("addressesMoved"));
        assertEquals(200, result.getInt("pointsBalance"));
        assertEquals("50.75", result.getJsonNumber("walletBalance").bigDecimalValue().setScale(2).toPlainString());
        assertEquals("\"" + result.getJsonNumber("survivorVersion").longValue() + "\"", merged.header("ETag"));

        // sums preserved, balances = sums of lines, both sides visible
        assertEquals(200, ledgers.points(survivor.id()));
        assertEquals(0, ledgers.points(absorbed.id()));
        assertEquals(200, ledgers.pointsLedger(survivor.id()));
        assertEquals(0, ledgers.pointsLedger(absorbed.id()));
        assertEquals(1, ledgers.movements(absorbed.id(), "MERGE_OUT"));
        assertEquals(1, ledgers.movements(survivor.id(), "MERGE_IN"));
        assertEquals("50.75", ledgers.wallet(survivor.id()));
        assertEquals("0.00", ledgers.wallet(absorbed.id()));
        assertEquals("50.75", ledgers.walletLedger(survivor.id()));
        assertEquals("0.00", ledgers.walletLedger(absorbed.id()));
        assertEquals(1, ledgers.walletTransactions(absorbed.id(), "MERGE_OUT"));
        assertEquals(1, ledgers.walletTransactions(survivor.id(), "MERGE_IN"));
        assertEquals(ledgers.accountId(survivor.id()), data.number(
                "SELECT loyalty_account_id FROM loyalty_order_points WHERE order_id = ?", order), "a refund reverses there");

        // every row of every table that references customers left the absorbed id (except the area's own history)
        List<String> left = referencesTo(absorbed.id());
        assertEquals(List.of(), left, "rows still pointing at the absorbed customer");
        assertEquals(survivor.id(), data.number("SELECT customer_id FROM orders WHERE id = ?", order));
        assertEquals(survivor.id(), data.number("SELECT customer_id FROM notifications WHERE id = ?", notification));
        assertEquals(1, data.number("SELECT count(*) FROM customer_addresses WHERE customer_id = ? AND is_default",
                survivor.id()), "the survivor keeps exactly one default address");
        assertEquals(3, data.number("SELECT count(*) FROM customer_addresses WHERE customer_id = ?", survivor.id()));

        // the strategy applied, the absorbed soft-deleted with the merge as the reason, the log and the audit row
        assertEquals(absorbed.fullName(), data.string("SELECT full_name FROM customers WHERE id = ?", survivor.id()));
        assertEquals(survivor.email(), data.string("SELECT email FROM customers WHERE id = ?", survivor.id()));
        assertTrue(data.string("SELECT deletion_reason FROM customers WHERE id = ? AND deleted_at IS NOT NULL",
                absorbed.id()).contains("Fusionado en el cliente " + survivor.id()));
        assertEquals("ABSORBED", data.string("SELECT merge_strategy ->> 'fullName' FROM customer_merge_log"
                + " WHERE source_customer_id = ?", absorbed.id()));
        assertEquals(absorbed.docNumber(), data.string("SELECT source_snapshot ->> 'docNumber' FROM customer_merge_log"
                + " WHERE source_customer_id = ?", absorbed.id()));
        assertEquals("2", data.string("SELECT jsonb_array_length(source_snapshot -> 'addresses') FROM customer_merge_log"
                + " WHERE source_customer_id = ?", absorbed.id()));
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE action = 'MERGE' AND entity_table = 'customers'"
                + " AND entity_id = ?", String.valueOf(survivor.id())));

        Reply history = api.get("/api/v1/customers/" + survivor.id() + "/merges", token);
        assertEquals(200, history.status(), history.toString());
        JsonObject record = Json.createReader(new java.io.StringReader(history.body())).readArray().getJsonObject(0);
        assertEquals(absorbed.id(), record.getJsonNumber("absorbedId").longValue());
        assertEquals("Registrado dos veces en tiendas distintas", record.getString("reason"));
    }

    @Test
    @DisplayName("the old id follows the survivor: GET 301 with Location and mergedInto, writes 410")
    void oldIdPointsAtSurvivor() throws Exception {
        NewCustomer survivor = data.customer();
        NewCustomer absorbed = data.customer();
        Reply merged = api.post("/api/v1/customers/" + survivor.id() + "/merge", token,
                body(absorbed.id(), version(absorbed.id()), null, "duplicado"), "If-Match", "\"" + version(survivor.id()) + "\"");
        assertEquals(200, merged.status(), merged.toString());

        Reply get = api.get("/api/v1/customers/" + absorbed.id(), token);
        assertEquals(301, get.status(), get.toString());
        assertTrue(get.header("Location").endsWith("/api/v1/customers/" + survivor.id()), get.header("Location"));
        assertEquals(ApiClient.PROBLEM_JSON, get.contentType());
        assertEquals("https://colca.pe/problems/customer-merged", get.json().getString("type"));
        assertEquals(survivor.id(), get.json().getJsonNumber("mergedInto").longValue());

        Reply loyalty = api.get("/api/v1/customers/" + absorbed.id() + "/loyalty/movements?limit=5", token);
        assertEquals(301, loyalty.status(), loyalty.toString());
        assertTrue(loyalty.header("Location").endsWith("/api/v1/customers/" + survivor.id()
                + "/loyalty/movements?limit=5"), loyalty.header("Location"));

        Reply delete = api.delete("/api/v1/customers/" + absorbed.id() + "?reason=otra", token, "If-Match", "\"0\"");
        assertEquals(410, delete.status(), delete.toString());
        assertEquals(survivor.id(), delete.json().getJsonNumber("mergedInto").longValue());
        assertTrue(delete.header("Location").startsWith(api.base().resolve("/api/v1/customers/" + survivor.id()).toString()),
                delete.header("Location"));

        Reply never = api.get("/api/v1/customers/987654321", token);
        assertEquals(404, never.status(), "an id never merged stays a 404");
    }

    @Test
    @DisplayName("refusals change nothing: stale If-Match or absorbedVersion 409, no If-Match 428, itself 422, bad strategy 400")
    void refusals() throws Exception {
        NewCustomer survivor = data.customer();
        NewCustomer absorbed = data.customer();
        topUp(absorbed.id(), "5.00");
        String path = "/api/v1/customers/" + survivor.id() + "/merge";
        long sv = version(survivor.id());
        long av = version(absorbed.id());

        Reply stale = api.post(path, token, body(absorbed.id(), av, null, "x"), "If-Match", "\"" + (sv + 7) + "\"");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("stale-version", stale.problemType());
        Reply staleAbsorbed = api.post(path, token, body(absorbed.id(), av + 3, null, "x"), "If-Match", "\"" + sv + "\"");
        assertEquals(409, staleAbsorbed.status(), staleAbsorbed.toString());
        Reply noIfMatch = api.post(path, token, body(absorbed.id(), av, null, "x"));
        assertEquals(428, noIfMatch.status(), noIfMatch.toString());
        Reply itself = api.post(path, token, body(survivor.id(), sv, null, "x"), "If-Match", "\"" + sv + "\"");
        assertEquals(422, itself.status(), itself.toString());
        assertEquals("customer-merge-refused", itself.problemType());
        Reply badStrategy = api.post(path, token, body(absorbed.id(), av, "{\"nickname\": \"ABSORBED\", \"email\": \"BOTH\"}",
                "x"), "If-Match", "\"" + sv + "\"");
        assertEquals(400, badStrategy.status(), badStrategy.toString());
        assertTrue(badStrategy.fieldErrors().containsKey("strategy.nickname"), badStrategy.toString());
        assertTrue(badStrategy.fieldErrors().containsKey("strategy.email"), badStrategy.toString());
        Reply noReason = api.post(path, token, body(absorbed.id(), av, null, " "), "If-Match", "\"" + sv + "\"");
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.fieldErrors().containsKey("reason"), noReason.toString());
        Reply missing = api.post(path, token, body(987654321L, 0, null, "x"), "If-Match", "\"" + sv + "\"");
        assertEquals(404, missing.status(), missing.toString());

        assertEquals(0, data.number("SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NOT NULL", absorbed.id()));
        assertEquals("5.00", ledgers.wallet(absorbed.id()));
        assertEquals(0, data.number("SELECT count(*) FROM customer_merge_log WHERE source_customer_id = ?", absorbed.id()));
        assertEquals(sv, version(survivor.id()));
        String viewer = api.token(data.user().permissions("api.access", "customer.view").create());
        Reply denied = api.post(path, viewer, body(absorbed.id(), av, null, "x"), "If-Match", "\"" + sv + "\"");
        assertEquals(403, denied.status(), denied.toString());
    }

    @Test
    @DisplayName("candidates: a DNI inside a RUC 10, the same phone, a similar name, with score; a dismissed pair is never offered")
    void candidatesAndDismissals() throws Exception {
        String dni = TestData.dni();
        String ten = "10" + dni;
        NewCustomer person = data.customer(IdentityDocumentType.DNI, dni);
        NewCustomer taxpayer = data.customer(IdentityDocumentType.RUC, ten + IdentityDocuments.rucCheckDigit(ten));
        String unique = TestData.suffix().toLowerCase(java.util.Locale.ROOT);
        NewCustomer a = data.customer();
        NewCustomer b = data.customer();
        String phone = CustomerMergeFixtures.mobile();
        fixtures.phone(a.id(), phone);
        fixtures.phone(b.id(), phone);
        fixtures.name(a.id(), "Rosa Quispe Mamani " + unique);
        fixtures.name(b.id(), "Rosa Quíspe Mamani " + unique);

        JsonObject docPair = pair(dni, person.id(), taxpayer.id());
        assertTrue(reasons(docPair).contains("DOCUMENT"), docPair.toString());
        assertEquals("1.00", docPair.getJsonNumber("score").bigDecimalValue().setScale(2).toPlainString());

        JsonObject phonePair = pair(unique, a.id(), b.id());
        assertTrue(reasons(phonePair).contains("PHONE"), phonePair.toString());
        assertTrue(reasons(phonePair).contains("NAME"), phonePair.toString());
        assertTrue(phonePair.getJsonNumber("score").doubleValue() > 0.85, phonePair.toString());

        Reply dismissed = api.post("/api/v1/customers/duplicates/dismissals", token, "{\"customerId\": " + b.id()
                + ", \"otherCustomerId\": " + a.id() + ", \"reason\": \"hermanas, mismo celular\"}");
        assertEquals(201, dismissed.status(), dismissed.toString());
        assertEquals(Math.min(a.id(), b.id()), dismissed.json().getJsonNumber("customerId").longValue(), "stored ordered");
        Reply again = api.post("/api/v1/customers/duplicates/dismissals", token, "{\"customerId\": " + a.id()
                + ", \"otherCustomerId\": " + b.id() + "}");
        assertEquals(201, again.status(), again.toString());
        assertEquals(1, data.number("SELECT count(*) FROM customer_duplicate_dismissals WHERE customer_id = ?"
                + " AND other_customer_id = ?", Math.min(a.id(), b.id()), Math.max(a.id(), b.id())));
        assertFalse(find(unique, a.id(), b.id()) != null, "a dismissed pair is never offered again");

        Reply list = api.get("/api/v1/customers/duplicates/dismissals?limit=200", token);
        assertEquals(200, list.status(), list.toString());
        Reply undo = api.delete("/api/v1/customers/duplicates/dismissals/" + a.id() + "/" + b.id(), token);
        assertEquals(204, undo.status(), undo.toString());
        assertTrue(find(unique, a.id(), b.id()) != null, "offered again after the dismissal is removed");

        Reply self = api.post("/api/v1/customers/duplicates/dismissals", token, "{\"customerId\": " + a.id()
                + ", \"otherCustomerId\": " + a.id() + "}");
        assertEquals(422, self.status(), self.toString());
        Reply bad = api.post("/api/v1/customers/duplicates/dismissals", token, "{\"customerId\": \"x\"}");
        assertEquals(400, bad.status(), bad.toString());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private JsonObject pair(String q, long x, long y) {
        JsonObject found = find(q, x, y);
        assertTrue(found != null, "pair " + x + "/" + y + " offered for q=" + q);
        return found;
    }

    private JsonObject find(String q, long x, long y) {
        Reply page = api.get("/api/v1/customers/duplicates?limit=200&q=" + ApiClient.q(q), token);
        assertEquals(200, page.status(), page.toString());
        for (JsonValue v : page.json().getJsonArray("items")) {
            JsonObject p = v.asJsonObject();
            long c = p.getJsonObject("customer").getJsonNumber("id").longValue();
            long o = p.getJsonObject("other").getJsonNumber("id").longValue();
            if (c == Math.min(x, y) && o == Math.max(x, y)) {
                return p;
            }
        }
        return null;
    }

    private static List<String> reasons(JsonObject pair) {
        return ApiClient.strings(pair.getJsonArray("reasons"));
    }

    private long version(long customerId) throws Exception {
        return data.number("SELECT version FROM customers WHERE id = ?", customerId);
    }

    private void topUp(long customerId, String amount) {
        Reply r = api.post("/api/v1/customers/" + customerId + "/wallet/top-ups", token, "{\"amount\": " + amount
                + ", \"reference\": \"YAPE-" + TestData.suffix() + "\"}");
        assertEquals(201, r.status(), r.toString());
    }

    private void adjustPoints(long customerId, int points) {
        Reply r = api.post("/api/v1/customers/" + customerId + "/loyalty/adjustments", token, "{\"points\": " + points
                + ", \"reason\": \"bienvenida\"}");
        assertEquals(201, r.status(), r.toString());
    }

    private static String body(long absorbedId, long absorbedVersion, String strategy, String reason) {
        return "{\"absorbedId\": " + absorbedId + ", \"absorbedVersion\": " + absorbedVersion
                + (strategy == null ? "" : ", \"strategy\": " + strategy) + ", \"reason\": \"" + reason + "\"}";
    }

    /**
     * Every (table.column, count) of rows whose foreign key to customers names the absorbed id, from pg_constraint
     * (single-column foreign keys), except {@link #KEEP_ABSORBED}.
     */
    private List<String> referencesTo(long customerId) throws Exception {
        String found = data.string("SELECT string_agg(cl.relname || '.' || a.attname, ',' ORDER BY cl.relname, a.attname)"
                + " FROM pg_constraint k JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_attribute a"
                + " ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] WHERE k.contype = 'f'"
                + " AND k.confrelid = 'customers'::regclass AND NOT cl.relispartition");
        List<String> columns = List.of(found.split(","));
        assertTrue(columns.contains("orders.customer_id") && columns.contains("notifications.customer_id"), columns.toString());
        List<String> left = new ArrayList<>();
        for (String column : columns) {
            if (KEEP_ABSORBED.contains(column)) {
                continue;
            }
            String[] tc = column.split("\\.");
            long n = data.number("SELECT count(*) FROM " + tc[0] + " WHERE " + tc[1] + " = ?", customerId);
            if (n > 0) {
                left.add(column + "=" + n);
            }
        }
        return left;
    }
}
