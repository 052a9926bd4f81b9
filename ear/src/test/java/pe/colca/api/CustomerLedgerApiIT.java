package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.CustomerLedgerFixtures;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * {@code /api/v1/customers/{id}/loyalty} and {@code /wallet} end to end: balances with ETag, paged ledgers,
 * adjustments behind their permissions (403 and nothing changes), idempotent top-ups, and bad input as
 * problem+json that changes nothing.
 */
class CustomerLedgerApiIT extends ClientIntegration {

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();
    private final CustomerLedgerFixtures ledgers = new CustomerLedgerFixtures(data);

    @Test
    @DisplayName("loyalty: adjust with loyalty.adjust, read balance (ETag) and movements; stale If-Match is 409")
    void loyaltyAdjustAndRead() throws Exception {
        long customer = ledgers.customer();
        String token = api.token(data.user().permissions("api.access", "customer.view", "loyalty.adjust").create());
        String base = "/api/v1/customers/" + customer + "/loyalty";

        Reply empty = api.get(base, token);
        assertEquals(200, empty.status(), empty.toString());
        assertEquals(0, empty.json().getInt("pointsBalance"));
        assertEquals("\"0\"", empty.header("ETag"));

        Reply added = api.post(base + "/adjustments", token, points(120, "campaña de bienvenida"), "If-Match", "\"0\"");
        assertEquals(201, added.status(), added.toString());
        assertEquals(120, added.json().getInt("balance"));
        Reply taken = api.post(base + "/adjustments", token, points(-20, "corrección"));
        assertEquals(201, taken.status(), taken.toString());
        assertEquals(100, taken.json().getInt("balance"));

        Reply stale = api.post(base + "/adjustments", token, points(5, "tarde"), "If-Match", "\"1\"");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("stale-version", stale.problemType());
        Reply overdraw = api.post(base + "/adjustments", token, points(-101, "demasiado"));
        assertEquals(409, overdraw.status(), overdraw.toString());
        assertEquals("insufficient-points", overdraw.problemType());

        Reply balance = api.get(base, token);
        assertEquals(100, balance.json().getInt("pointsBalance"));
        assertEquals("1.00", balance.json().getJsonNumber("pointsValue").bigDecimalValue().toPlainString());
        Reply page = api.get(base + "/movements?limit=1", token);
        assertEquals(200, page.status(), page.toString());
        assertEquals(2, page.json().getInt("total"));
        assertEquals(-20, page.json().getJsonArray("items").getJsonObject(0).getInt("points"), "newest first");
        assertNotNull(page.links().get("next"));
        assertEquals(100, ledgers.pointsLedger(customer));
        assertEquals(2, data.number("SELECT count(*) FROM audit_logs WHERE action = 'LOYALTY_ADJUST' AND entity_id = ?",
                String.valueOf(ledgers.accountId(customer))));
    }

    @Test
    @DisplayName("adjustments need loyalty.adjust / wallet.adjust: 403 and nothing is written")
    void adjustmentsNeedThePermission() throws Exception {
        long customer = ledgers.customer();
        String viewer = api.token(data.user().permissions("api.access", "customer.view").create());
        Reply loyalty = api.post("/api/v1/customers/" + customer + "/loyalty/adjustments", viewer, points(50, "x"));
        assertEquals(403, loyalty.status(), loyalty.toString());
        assertTrue(loyalty.isProblem());
        Reply wallet = api.post("/api/v1/customers/" + customer + "/wallet/adjustments", viewer, money("50.00",
                "reason", "x"));
        assertEquals(403, wallet.status(), wallet.toString());
        Reply topUp = api.post("/api/v1/customers/" + customer + "/wallet/top-ups", viewer, money("50.00",
                "reference", "OP-" + TestData.suffix()));
        assertEquals(403, topUp.status(), topUp.toString());
        assertEquals(0, ledgers.points(customer));
        assertEquals("0.00", ledgers.wallet(customer));
        assertEquals(0, data.number("SELECT count(*) FROM loyalty_accounts WHERE customer_id = ?", customer));
    }

    @Test
    @DisplayName("wallet: top-up idempotent by reference, adjustment, bad input is a 400 problem that writes nothing")
    void walletTopUpAdjustAndBadInput() throws Exception {
        long customer = ledgers.customer();
        NewUser cashier = data.user().permissions("api.access", "customer.view", "payment.create", "wallet.adjust")
                .create();
        String token = api.token(cashier);
        String base = "/api/v1/customers/" + customer + "/wallet";
        String reference = "YAPE-" + TestData.suffix();

        Reply first = api.post(base + "/top-ups", token, money("50.00", "reference", reference));
        assertEquals(201, first.status(), first.toString());
        assertEquals("50.00", first.json().getJsonNumber("balance").bigDecimalValue().toPlainString());
        Reply retry = api.post(base + "/top-ups", token, money("50.00", "reference", reference));
        assertEquals(200, retry.status(), retry.toString());
        assertEquals(first.json().getJsonNumber("transactionId").longValue(),
                retry.json().getJsonNumber("transactionId").longValue());
        Reply reused = api.post(base + "/top-ups", token, money("60.00", "reference", reference));
        assertEquals(409, reused.status(), reused.toString());
        assertEquals("reference-reused", reused.problemType());
        Reply adjusted = api.post(base + "/adjustments", token, money("-12.50", "reason", "devolución en efectivo"));
        assertEquals(201, adjusted.status(), adjusted.toString());
        assertEquals("37.50", adjusted.json().getJsonNumber("balance").bigDecimalValue().toPlainString());

        String[] bad = {
            "{\"amount\": 0, \"reference\": \"R-1\"}",
            "{\"amount\": -5, \"reference\": \"R-2\"}",
            "{\"amount\": 1.234, \"reference\": \"R-3\"}",
            "{\"amount\": \"diez\", \"reference\": \"R-4\"}",
            "{\"amount\": 10}",
            "{\"amount\": 10, \"reference\": \"R-5\", \"extra\": true}",
            "not json",
        };
        for (String body : bad) {
            Reply refused = api.post(base + "/top-ups", token, body);
            assertEquals(400, refused.status(), body + " → " + refused);
            assertTrue(refused.isProblem(), refused.toString());
        }
        Reply noReason = api.post(base + "/adjustments", token, money("5.00", "reason", " "));
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.fieldErrors().containsKey("reason"), noReason.toString());
        Reply overdraw = api.post(base + "/adjustments", token, money("-40.00", "reason", "demasiado"));
        assertEquals(409, overdraw.status(), overdraw.toString());
        assertEquals("insufficient-balance", overdraw.problemType());
        Reply unknown = api.get("/api/v1/customers/" + Long.MAX_VALUE + "/wallet", token);
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.isProblem());
        Reply badPage = api.get(base + "/transactions?limit=0", token);
        assertEquals(400, badPage.status(), badPage.toString());

        assertEquals("37.50", ledgers.wallet(customer));
        assertEquals("37.50", ledgers.walletLedger(customer), "balance == sum of transactions");
        assertEquals(1, ledgers.walletTransactions(customer, "CREDIT"));
        assertEquals(1, ledgers.walletTransactions(customer, "ADJUSTMENT"));
        Reply page = api.get(base + "/transactions", token);
        assertEquals(2, page.json().getInt("total"), page.toString());
        Reply balance = api.get(base, token);
        Reply notModified = api.get(base, token, "If-None-Match", balance.header("ETag"));
        assertEquals(304, notModified.status());
    }

    private static String points(int points, String reason) {
        return Json.createObjectBuilder().add("points", points).add("reason", reason).build().toString();
    }

    private static String money(String amount, String textMember, String text) {
        JsonObject body = Json.createObjectBuilder().add("amount", new java.math.BigDecimal(amount))
                .add(textMember, text).build();
        return body.toString();
    }
}
