package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.TestServer;

/**
 * The notification outbox against the real broker of the test server: the nudge sent after the
 * commit on {@code notification.outbound} (seen while the queue is paused, then taken by the
 * consumer), a broker that refuses the nudge during a sale that crosses a low-stock threshold (the
 * sale commits, its notifications wait {@code PENDING}), and the sweep
 * ({@code POST /api/v1/admin/notifications/sweep}) leaving the rows {@code PENDING} while no channel
 * has a sender. The queue is steered through the management interface ({@link QueueProbe}).
 */
class NotificationOutboxIT extends ClientIntegration {

    private static final String INVENTORY = "/api/v1/inventory";
    private static final String SWEEP = "/api/v1/admin/notifications/sweep";
    private static final String QUEUE = "notification.outbound";
    private static final String WAREHOUSE = "warehouse@colca.test";
    private static final String CASHIER = "cashier@colca.test";
    private static final String ADMIN = "admin@colca.test";


    private static QueueProbe queue;

    private final ApiClient api = new ApiClient();

    @BeforeAll
    static void connect() throws Exception {
        queue = new QueueProbe();
    }

    @AfterAll
    static void disconnect() throws Exception {
        if (queue != null) {
            queue.close();
        }
    }

    @Test
    @DisplayName("after the commit one nudge names the new rows; the consumer takes it and, without a sender, leaves them PENDING")
    void nudgeAfterCommit() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        receive(v, location, 10);
        long alert = setThreshold(v, location, 5);
        String nudge;
        queue.pause(QUEUE);
        try {
            sell(v, location, 6);
            List<Long> ids = notificationIds(alert);
            assertTrue(!ids.isEmpty(), "the crossing wrote notifications");
            nudge = selector(ids);
            assertEquals(1, queue.count(QUEUE, nudge), "one nudge with the ids, sent once the sale committed: "
                    + queue.list(QUEUE, nudge));
        } finally {
            queue.resume(QUEUE);
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (queue.count(QUEUE, nudge) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, queue.count(QUEUE, nudge), "the consumer took the nudge");
        assertAllPending(alert);
    }

    @Test
    @DisplayName("a broker that refuses the nudge never undoes the sale: it commits, its notifications wait PENDING for the sweep")
    void brokerOutageNeverRollsBackASale() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(2);
        receive(v[0], location, 10);
        receive(v[1], location, 10);
        long first = setThreshold(v[0], location, 5);
        long second = setThreshold(v[1], location, 5);
        queue.pause(QUEUE);
        try {
            sell(v[0], location, 6); // its nudge waits on the paused queue, so the address is not empty
            assertEquals(1, queue.count(QUEUE, selector(notificationIds(first))));
            queue.refuseMessages(QUEUE);
            try {
                Reply sale = api.post(INVENTORY + "/sales", api.token(CASHIER), change(v[1], location, 6));
                assertEquals(201, sale.status(), "the sale commits although the broker refuses: " + sale);
                assertEquals(4, InventoryFixtures.stock(v[1], location)[0], "the sale's stock change committed");
                List<Long> ids = notificationIds(second);
                assertEquals(recipients(), ids.size(), "the crossing's notifications committed with the sale");
                assertEquals(0, queue.count(QUEUE, selector(ids)), "the broker refused the nudge");
            } finally {
                queue.acceptMessages(QUEUE);
            }
        } finally {
            queue.resume(QUEUE);
        }
        assertAllPending(second);

        Reply denied = api.post(SWEEP, api.token(CASHIER), "");
        assertEquals(403, denied.status(), denied.toString());
        Reply swept = api.post(SWEEP, api.token(ADMIN), "");
        assertEquals(200, swept.status(), swept.toString());
        JsonObject run = swept.json();
        assertEquals(0, run.getInt("sent"), "no channel has a sender yet: " + run);
        assertEquals(0, run.getInt("failed"), run.toString());
        assertTrue(run.getInt("waitingForSender") >= 2 * recipients(), "both crossings wait for a sender: " + run);
        assertAllPending(first);
        assertAllPending(second);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void receive(long v, int location, int quantity) {
        Reply r = api.post(INVENTORY + "/receipts", api.token(WAREHOUSE), change(v, location, quantity));
        assertEquals(201, r.status(), r.toString());
    }

    private void sell(long v, int location, int quantity) {
        Reply r = api.post(INVENTORY + "/sales", api.token(CASHIER), change(v, location, quantity));
        assertEquals(201, r.status(), r.toString());
    }

    private long setThreshold(long v, int location, int threshold) {
        Reply r = api.put(INVENTORY + "/alerts/variants/" + v + "/locations/" + location, api.token(WAREHOUSE),
                "{\"threshold\":" + threshold + "}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static String change(long variant, int location, int quantity) {
        return Json.createObjectBuilder().add("variantId", variant).add("locationId", location)
                .add("quantity", quantity).build().toString();
    }

    /** The STOCK_LOW notifications of the alert, in id order (the order of the nudge). */
    private static List<Long> notificationIds(long alert) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestServer.jdbc();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM notifications WHERE notification_type ="
                     + " 'STOCK_LOW' AND payload ->> 'alertId' = ? ORDER BY id")) {
            ps.setString(1, String.valueOf(alert));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The nudge of exactly these notifications (its property lists their ids). */
    private static String selector(List<Long> ids) {
        return "notificationIds = '" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "'";
    }

    private static void assertAllPending(long alert) throws Exception {
        long total = InventoryFixtures.number("SELECT count(*) FROM notifications WHERE payload ->> 'alertId' = ?",
                String.valueOf(alert));
        assertTrue(total > 0);
        assertEquals(total, InventoryFixtures.number("SELECT count(*) FROM notifications WHERE payload ->> 'alertId'"
                + " = ? AND status = 'PENDING' AND retry_count = 0 AND sent_at IS NULL", String.valueOf(alert)),
                "no sender yet: every notification of alert " + alert + " is still PENDING and untried");
    }

    /** Active staff who manage thresholds: who should hear of an alert. */
    private static long recipients() throws Exception {
        return InventoryFixtures.number("SELECT count(DISTINCT u.id) FROM users u JOIN user_roles ur ON ur.user_id = u.id"
                + " JOIN role_permissions rp ON rp.role_id = ur.role_id JOIN permissions p ON p.id = rp.permission_id"
                + " WHERE p.slug = 'inventory.alert.edit' AND u.status = 'ACTIVE' AND u.deleted_at IS NULL");
    }
}
