package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.CashFixtures;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewUser;

/**
 * {@code /api/v1/cash-sessions} end to end: open, current, pay-in/out, X report with per-tender totals, the
 * blind close with the count (Z), a discrepancy approved by a manager and refused to the cashier, the list
 * filters, and bad input as problem+json that changes nothing.
 */
class CashSessionApiIT extends ClientIntegration {

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();
    private final CashFixtures cash = new CashFixtures(data);

    @Test
    @DisplayName("open, pay-in/out, X report, close with a count (Z); a second open is 409; a closed session takes nothing")
    void registerLifecycle() throws Exception {
        NewLocation store = data.location().create();
        NewUser cashier = data.user().permissions("api.access", "cash.session.open", "cash.session.close",
                "cash.movement").create();
        String token = api.token(cashier);

        Reply opened = api.post("/api/v1/cash-sessions", token, "{\"locationId\": " + store.id()
                + ", \"startingCash\": 150.00}");
        assertEquals(201, opened.status(), opened.toString());
        long id = opened.json().getJsonNumber("id").longValue();
        assertEquals("OPEN", opened.json().getString("state"));
        assertTrue(opened.json().isNull("expectedCash"), "blind: no expected cash before the count");
        Reply again = api.post("/api/v1/cash-sessions", token, "{\"locationId\": " + store.id()
                + ", \"startingCash\": 0}");
        assertEquals(409, again.status(), again.toString());
        assertEquals("cash-session-already-open", again.problemType());

        Reply current = api.get("/api/v1/cash-sessions/current", token);
        assertEquals(200, current.status(), current.toString());
        assertEquals(id, current.json().getJsonNumber("id").longValue());

        String base = "/api/v1/cash-sessions/" + id;
        Reply payIn = api.post(base + "/movements", token, "{\"type\": \"CASH_IN\", \"amount\": 20.50,"
                + " \"reason\": \"Sencillo\"}");
        assertEquals(201, payIn.status(), payIn.toString());
        Reply noReason = api.post(base + "/movements", token, "{\"type\": \"CASH_OUT\", \"amount\": 5}");
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.fieldErrors().containsKey("reason"), noReason.toString());
        Reply payOut = api.post(base + "/movements", token, "{\"type\": \"CASH_OUT\", \"amount\": 30,"
                + " \"reason\": \"Compra de bolsas\"}");
        assertEquals(201, payOut.status(), payOut.toString());
        cash.payment(id, store.id(), "CARD", "99.90", "APPROVED");

        Reply x = api.get(base + "/report", token);
        assertEquals(200, x.status(), x.toString());
        assertEquals("X", x.json().getString("kind"));
        assertEquals(new BigDecimal("140.50"), x.json().getJsonNumber("expectedCash").bigDecimalValue());
        JsonObject card = x.json().getJsonArray("tenders").getJsonObject(0);
        assertEquals("CARD", card.getString("method"));
        assertEquals(new BigDecimal("99.90"), card.getJsonNumber("net").bigDecimalValue());

        Reply badCount = api.post(base + "/close", token, "{\"count\": {\"3.00\": 1, \"100.00\": -1}}");
        assertEquals(400, badCount.status(), badCount.toString());
        assertEquals(2, badCount.fieldErrors().size(), badCount.toString());
        assertEquals(1, data.number("SELECT count(*) FROM cash_sessions WHERE id = ? AND status = 'OPEN'"
                + " AND counted_at IS NULL", id), "a refused count changes nothing");

        // 140.50 = 100 + 20 + 20 + 0.50
        Reply z = api.post(base + "/close", token, "{\"count\": {\"100.00\": 1, \"20\": 2, \"0.50\": 1}}");
        assertEquals(200, z.status(), z.toString());
        assertEquals("Z", z.json().getString("kind"));
        JsonObject closed = z.json().getJsonObject("session");
        assertEquals("CLOSED", closed.getString("state"));
        assertEquals(new BigDecimal("0.00"), closed.getJsonNumber("discrepancy").bigDecimalValue());
        assertEquals(2, closed.getJsonObject("count").getInt("20.00"));

        Reply late = api.post(base + "/movements", token, "{\"type\": \"CASH_IN\", \"amount\": 1, \"reason\": \"x\"}");
        assertEquals(422, late.status(), late.toString());
        assertEquals("cash-session-closed", late.problemType());
        assertEquals(422, api.get("/api/v1/cash-sessions/current", token).status());

        Reply mine = api.get("/api/v1/cash-sessions?state=CLOSED&locationId=" + store.id(), token);
        assertEquals(200, mine.status(), mine.toString());
        assertEquals(1, mine.json().getInt("total"));
        Reply movements = api.get(base + "/movements", token);
        assertEquals(4, movements.json().getInt("total"), "opening, pay-in, pay-out, closing");
    }

    @Test
    @DisplayName("a count beyond the threshold waits: the cashier cannot approve, a manager can (and sees it listed)")
    void discrepancyApprovedByManager() throws Exception {
        NewLocation store = data.location().create();
        NewUser cashier = data.user().permissions("api.access", "cash.session.open", "cash.session.close").create();
        String cashierToken = api.token(cashier);
        String manager = api.token(data.user().permissions("api.access", "cash.session.view", "cash.session.approve")
                .create());
        long id = api.post("/api/v1/cash-sessions", cashierToken, "{\"locationId\": " + store.id()
                + ", \"startingCash\": 200}").json().getJsonNumber("id").longValue();
        String base = "/api/v1/cash-sessions/" + id;

        Reply z = api.post(base + "/close", cashierToken, "{\"count\": {\"100\": 1}}");
        assertEquals(200, z.status(), z.toString());
        assertEquals("AWAITING_APPROVAL", z.json().getJsonObject("session").getString("state"));
        assertEquals(new BigDecimal("-100.00"),
                z.json().getJsonObject("session").getJsonNumber("discrepancy").bigDecimalValue());

        assertEquals(403, api.post(base + "/approve", cashierToken, null).status());
        Reply waiting = api.get("/api/v1/cash-sessions?state=AWAITING_APPROVAL&locationId=" + store.id(), manager);
        assertEquals(1, waiting.json().getInt("total"), waiting.toString());
        Reply approved = api.post(base + "/approve", manager, null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("CLOSED", approved.json().getString("state"));
        Reply twice = api.post(base + "/approve", manager, null);
        assertEquals(422, twice.status(), twice.toString());
        assertEquals("cash-not-awaiting-approval", twice.problemType());
        Reply detail = api.get(base, manager);
        assertEquals(200, detail.status(), detail.toString());
        assertEquals("\"" + detail.json().getJsonNumber("version").longValue() + "\"", detail.header("ETag"));
    }
}
