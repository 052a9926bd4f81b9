package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;

/**
 * Low-stock alerts end to end: thresholds through {@code /api/v1/inventory/alerts}, stock changed
 * through the inventory API, and every effect checked where it lands: the alert state in the
 * database and the {@code STOCK_LOW} notification rows of the staff in the notification outbox,
 * written by the very transaction that crossed the threshold (one set per crossing, none for a
 * rolled-back change). Delivery (nudge, sweep, broker outage) is {@code NotificationOutboxIT}'s.
 */
class InventoryAlertIT extends ClientIntegration {

    private static final String BASE = "/api/v1/inventory";
    private static final String ALERTS = BASE + "/alerts";
    private static final String WAREHOUSE = "warehouse@colca.test";
    private static final String CASHIER = "cashier@colca.test";
    private static final String INTEGRATOR = "integrator@colca.test";
    private static final String MANAGER = "manager@colca.test";


    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("one alert per crossing: sell below → one alert, more sales → none, recovery re-arms, next fall → second")
    void oneAlertPerCrossing() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        receive(v, location, 10);
        long alert = setThreshold(v, location, 5);
        assertState(alert, "OK", 0);
        long recipients = recipients();
        assertTrue(recipients >= 1, "the demo data has staff with inventory.alert.edit");

        sell(v, location, 6); // available 4 < 5
        assertState(alert, "BELOW", 1);
        assertEquals(recipients, notifications(alert), "one STOCK_LOW notification per recipient");
        assertEquals(1, InventoryFixtures.number("SELECT count(DISTINCT n.xmin::text) FROM notifications n"
                + " WHERE n.payload ->> 'alertId' = ?", String.valueOf(alert)), "all written by one transaction");
        assertEquals(1, InventoryFixtures.number("SELECT count(*) FROM notifications n, inventory_alerts a"
                + " WHERE a.id = ? AND n.payload ->> 'alertId' = ? AND n.xmin::text = a.xmin::text AND n.id ="
                + " (SELECT min(id) FROM notifications WHERE payload ->> 'alertId' = ?)", alert, String.valueOf(alert),
                String.valueOf(alert)), "the transaction that flipped the alert (the sale) wrote the notifications");
        assertEquals(recipients, InventoryFixtures.number("SELECT count(DISTINCT user_id) FROM notifications"
                + " WHERE payload ->> 'alertId' = ?", String.valueOf(alert)), "each recipient once");
        JsonObject payload;
        try (var c = pe.colca.testing.TestServer.jdbc();
             var ps = c.prepareStatement("SELECT payload::text, status, channel, notification_type FROM notifications"
                     + " WHERE payload ->> 'alertId' = ? ORDER BY id LIMIT 1")) {
            ps.setString(1, String.valueOf(alert));
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                payload = Json.createReader(new java.io.StringReader(rs.getString(1))).readObject();
                assertEquals("PENDING", rs.getString(2));
                assertEquals("EMAIL", rs.getString(3));
                assertEquals("STOCK_LOW", rs.getString(4));
            }
        }
        assertEquals(4, payload.getInt("available"));
        assertEquals(5, payload.getInt("threshold"));
        assertTrue(payload.getString("sku").startsWith("IT-"), payload.toString());
        assertTrue(payload.getString("product").startsWith("Polo de prueba"), payload.toString());
        assertTrue(payload.getString("locationCode").startsWith("IT-"), payload.toString());
        assertEquals(recipients, InventoryFixtures.number("SELECT count(*) FROM notifications WHERE payload ->> 'alertId'"
                + " = ? AND template_id = 'inventory.stock_low' AND status = 'PENDING' AND retry_count = 0"
                + " AND sent_at IS NULL", String.valueOf(alert)), "PENDING until a sender delivers them");

        sell(v, location, 1); // still below: no repeat
        assertState(alert, "BELOW", 1);
        assertEquals(recipients, notifications(alert));

        receive(v, location, 2); // available 5: recovered, re-armed
        JsonObject recovered = assertState(alert, "OK", 1);
        assertFalse(recovered.isNull("lastRecoveredAt"));
        assertEquals(recipients, notifications(alert));

        sell(v, location, 1); // 4 again: a second crossing
        assertState(alert, "BELOW", 2);
        assertEquals(2 * recipients, notifications(alert));
        assertEquals(2, InventoryFixtures.number("SELECT count(DISTINCT xmin::text) FROM notifications"
                + " WHERE payload ->> 'alertId' = ?", String.valueOf(alert)), "one set per crossing");
    }

    @Test
    @DisplayName("concurrent sales across the threshold raise exactly one alert")
    void concurrentSalesRaiseOneAlert() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        receive(v, location, 20);
        long alert = setThreshold(v, location, 12);
        String token = api.token(CASHIER);
        int buyers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        try {
            List<Future<Integer>> sales = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                Callable<Integer> sale = () -> {
                    start.await();
                    return api.post(BASE + "/sales", token, change(v, location, 1).build().toString()).status();
                };
                sales.add(pool.submit(sale));
            }
            start.countDown();
            for (Future<Integer> sale : sales) {
                assertEquals(201, sale.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, InventoryFixtures.stock(v, location)[2]);
        assertState(alert, "BELOW", 1);
        assertEquals(recipients(), notifications(alert), "one set of notifications for the one crossing");
    }

    @Test
    @DisplayName("a reservation that makes available fall below alerts; releasing it re-arms")
    void reservationAlerts() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        receive(v, location, 10);
        long alert = setThreshold(v, location, 5);

        Reply held = api.post(BASE + "/reservations", api.token(INTEGRATOR), change(v, location, 6)
                .add("sessionId", "cart-" + InventoryFixtures.suffix()).build().toString());
        assertEquals(201, held.status(), held.toString());
        assertState(alert, "BELOW", 1);
        assertEquals(recipients(), notifications(alert));

        Reply released = api.delete(BASE + "/reservations/" + held.json().getJsonNumber("id").longValue(),
                api.token(INTEGRATOR));
        assertEquals(204, released.status(), released.toString());
        assertState(alert, "OK", 1);
    }

    @Test
    @DisplayName("a threshold set above the available units alerts at once; the API lists, guards and deletes")
    void thresholdApi() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        receive(v, location, 3);
        String path = ALERTS + "/variants/" + v + "/locations/" + location;

        Reply denied = api.put(path, api.token(CASHIER), threshold(5));
        assertEquals(403, denied.status(), "a cashier cannot set thresholds: " + denied);
        Reply bad = api.put(path, api.token(WAREHOUSE), "{\"threshold\":-1}");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.fieldErrors().containsKey("threshold"), bad.toString());

        Reply created = api.put(path, api.token(WAREHOUSE), threshold(5));
        assertEquals(201, created.status(), created.toString());
        long alert = created.json().getJsonNumber("id").longValue();
        assertEquals("BELOW", created.json().getString("state"), "3 available < 5: raised when set");
        long recipients = recipients();
        assertEquals(recipients, notifications(alert));

        Reply listed = api.get(ALERTS + "?locationId=" + location + "&state=BELOW", api.token(CASHIER));
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(1, listed.json().getInt("total"));
        assertEquals(3, listed.json().getJsonArray("items").getJsonObject(0).getInt("available"));
        assertEquals(0, api.get(ALERTS + "?locationId=" + location + "&state=OK", api.token(CASHIER)).json()
                .getInt("total"));

        Reply noIfMatch = api.put(path, api.token(WAREHOUSE), threshold(2));
        assertEquals(428, noIfMatch.status(), noIfMatch.toString());
        String etag = created.header("ETag");
        Reply changed = api.put(path, api.token(WAREHOUSE), threshold(2), "If-Match", etag);
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("OK", changed.json().getString("state"), "3 available ≥ 2: re-armed");
        Reply stale = api.put(path, api.token(WAREHOUSE), threshold(4), "If-Match", etag);
        assertEquals(409, stale.status(), stale.toString());

        assertEquals(428, api.delete(ALERTS + "/" + alert, api.token(WAREHOUSE)).status());
        Reply deleted = api.delete(ALERTS + "/" + alert, api.token(WAREHOUSE), "If-Match", changed.header("ETag"));
        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals(404, api.get(ALERTS + "/" + alert, api.token(CASHIER)).status());
        sell(v, location, 3); // no threshold any more: the sale works and nothing alerts
        assertEquals(recipients, notifications(alert));
    }

    @Test
    @DisplayName("a stock change that crosses a threshold and then rolls back leaves no alert and no notification")
    void rolledBackCrossingNotifiesNobody() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(2); // ascending ids: the approval corrects v[0] first
        String warehouse = api.token(WAREHOUSE);
        receive(v[0], location, 10);
        receive(v[1], location, 10);
        long alert = setThreshold(v[0], location, 5);
        Reply started = api.post(BASE + "/counts", warehouse, Json.createObjectBuilder().add("locationId", location)
                .add("scope", "ALL").build().toString());
        assertEquals(201, started.status(), started.toString());
        long count = started.json().getJsonNumber("id").longValue();
        // v[0] counted 4: its correction (−6) crosses the threshold; v[1] counted 1 (−9), then 5 are sold,
        // so its correction finds only 5 available and the approval fails after v[0] crossed
        assertEquals(200, api.put(BASE + "/counts/" + count + "/lines/" + v[0], warehouse, "{\"counted\":4}").status());
        assertEquals(200, api.put(BASE + "/counts/" + count + "/lines/" + v[1], warehouse, "{\"counted\":1}").status());
        sell(v[1], location, 5);
        Reply detail = api.get(BASE + "/counts/" + count, warehouse);
        Reply submitted = api.post(BASE + "/counts/" + count + "/submit", warehouse, "", "If-Match",
                detail.header("ETag"));
        assertEquals(200, submitted.status(), submitted.toString());

        Reply refused = api.post(BASE + "/counts/" + count + "/approve", api.token(MANAGER), "{}", "If-Match",
                submitted.header("ETag"));
        assertEquals(409, refused.status(), refused.toString());
        assertEquals(10, InventoryFixtures.stock(v[0], location)[0], "the correction of v[0] was rolled back");
        assertState(alert, "OK", 0);
        assertEquals(0, notifications(alert), "the rolled-back crossing left no notification row");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void receive(long v, int location, int quantity) {
        Reply r = api.post(BASE + "/receipts", api.token(WAREHOUSE), change(v, location, quantity).build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    private void sell(long v, int location, int quantity) {
        Reply r = api.post(BASE + "/sales", api.token(CASHIER), change(v, location, quantity).build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    private long setThreshold(long v, int location, int threshold) {
        Reply r = api.put(ALERTS + "/variants/" + v + "/locations/" + location, api.token(WAREHOUSE),
                threshold(threshold));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private JsonObject assertState(long alert, String state, int triggers) {
        Reply r = api.get(ALERTS + "/" + alert, api.token(CASHIER));
        assertEquals(200, r.status(), r.toString());
        assertEquals(state, r.json().getString("state"), r.body());
        assertEquals(triggers, r.json().getInt("triggerCount"), r.body());
        return r.json();
    }

    private static String threshold(int n) {
        return Json.createObjectBuilder().add("threshold", n).build().toString();
    }

    private static JsonObjectBuilder change(long variant, int location, int quantity) {
        return Json.createObjectBuilder().add("variantId", variant).add("locationId", location)
                .add("quantity", quantity);
    }

    /** Active staff who manage thresholds: who should hear of an alert. */
    private static long recipients() throws Exception {
        return InventoryFixtures.number("SELECT count(DISTINCT u.id) FROM users u JOIN user_roles ur ON ur.user_id = u.id"
                + " JOIN role_permissions rp ON rp.role_id = ur.role_id JOIN permissions p ON p.id = rp.permission_id"
                + " WHERE p.slug = 'inventory.alert.edit' AND u.status = 'ACTIVE' AND u.deleted_at IS NULL");
    }

    private static long notifications(long alert) throws Exception {
        return InventoryFixtures.number("SELECT count(*) FROM notifications WHERE notification_type = 'STOCK_LOW'"
                + " AND payload ->> 'alertId' = ?", String.valueOf(alert));
    }

}
