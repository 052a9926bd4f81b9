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
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * {@code GET /api/v1/audit/verify} and the audit rows of refused calls: a 403 writes an
 * ACCESS_DENIED row (in its own transaction: the refused call changed nothing) with the user, the
 * client address and the request's X-Request-Id, which the response echoes.
 */
@DisplayName("Audit API: verification and denied actions")
class AuditApiIT extends ClientIntegration {

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();

    @Test
    @DisplayName("a refused call (403) writes an ACCESS_DENIED row with user, address and correlation id")
    void deniedActionIsAudited() throws Exception {
        NewUser viewer = data.user().permissions("inventory.view").create();
        int location = data.location().create().id();
        long variant = data.product().create().variant(0).id();
        String requestId = "it-denied-" + TestData.suffix();
        JsonObject body = Json.createObjectBuilder().add("variantId", variant).add("locationId", location)
                .add("quantity", 5).build();
        Reply refused = api.post("/api/v1/inventory/receipts", api.token(viewer), body.toString(),
                "X-Request-Id", requestId);
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(requestId, refused.header("X-Request-Id"));
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE action = 'ACCESS_DENIED' AND user_id = ?"
                + " AND correlation_id = ? AND ip_address IS NOT NULL"
                + " AND new_values->>'operation' = 'POST /api/v1/inventory/receipts'", viewer.id(), requestId));
        assertEquals(0, data.number("SELECT count(*) FROM inventory_movements WHERE variant_id = ?", variant),
                "the refused receipt changed nothing");
    }

    @Test
    @DisplayName("a write carries the request's correlation id and address into its audit row")
    void correlationIdOnWrites() throws Exception {
        NewUser clerk = data.user().permissions("inventory.receive").create();
        int location = data.location().create().id();
        long variant = data.product().create().variant(0).id();
        String requestId = "it-write-" + TestData.suffix();
        Reply receipt = api.post("/api/v1/inventory/receipts", api.token(clerk), Json.createObjectBuilder()
                .add("variantId", variant).add("locationId", location).add("quantity", 3).build().toString(),
                "X-Request-Id", requestId);
        assertEquals(201, receipt.status(), receipt.toString());
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE action = 'PURCHASE_RECEIPT' AND user_id = ?"
                + " AND correlation_id = ? AND ip_address IS NOT NULL", clerk.id(), requestId));
        // no usable id from the client: the server makes one up and says which
        Reply other = api.post("/api/v1/inventory/receipts", api.token(clerk), Json.createObjectBuilder()
                .add("variantId", variant).add("locationId", location).add("quantity", 1).build().toString(),
                "X-Request-Id", "bad id with spaces");
        assertEquals(201, other.status(), other.toString());
        String made = other.header("X-Request-Id");
        assertNotNull(made);
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE correlation_id = ?", made));
    }

    @Test
    @DisplayName("GET /audit/verify: 200 with ok=true for audit.view, 403 problem without it")
    void verify() throws Exception {
        NewUser auditor = data.user().permissions("audit.view").create();
        NewUser clerk = data.user().permissions("inventory.receive").create();
        assertEquals(201, api.post("/api/v1/inventory/receipts", api.token(clerk), Json.createObjectBuilder()
                .add("variantId", data.product().create().variant(0).id()).add("locationId", data.location().create().id())
                .add("quantity", 2).build().toString()).status(), "at least one audit row to chain");
        Reply ok = api.get("/api/v1/audit/verify", api.token(auditor));
        assertEquals(200, ok.status(), ok.toString());
        JsonObject check = ok.json();
        assertTrue(check.getBoolean("ok"), check.toString());
        assertTrue(check.getJsonNumber("checkedRows").longValue() > 0, check.toString());
        assertTrue(check.containsKey("unsealedRows"), check.toString());

        NewUser viewer = data.user().permissions("inventory.view").create();
        Reply denied = api.get("/api/v1/audit/verify", api.token(viewer));
        assertEquals(403, denied.status(), denied.toString());
        assertTrue(denied.isProblem(), denied.toString());
    }
}
