package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestServer;

/**
 * {@code /api/v1/inventory/counts} and {@code /snapshots} end to end: a count with positive and
 * negative discrepancies corrects the stock through COUNT_CORRECTION ledger lines and writes COUNT
 * snapshots; the ledger still reconciles; sales during the count are not discrepancies; one
 * unfinished count per location; approval needs inventory.count.approve; If-Match; the full
 * snapshot writes one row per stock row. Every effect checked in the database.
 */
class InventoryCountApiIT extends ClientIntegration {

    private static final String INV = "/api/v1/inventory";
    private static final String COUNTS = INV + "/counts";
    private static final String MANAGER = "manager@colca.test";
    private static final String WAREHOUSE = "warehouse@colca.test";
    private static final String CASHIER = "cashier@colca.test";

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("an ALL count with a surplus and a shortage: corrections posted, stock = counted, snapshots, reconciled")
    void countCorrectsStock() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(3);
        String warehouse = api.token(WAREHOUSE);
        receive(v[0], location, 10);
        receive(v[1], location, 5);
        receive(v[2], location, 4);
        String[] sku = skus(v);

        Reply started = api.post(COUNTS, warehouse, Json.createObjectBuilder().add("locationId", location)
                .add("scope", "ALL").add("notes", "conteo de fin de mes").build().toString());
        assertEquals(201, started.status(), started.toString());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals("OPEN", started.json().getString("status"));
        assertEquals(3, started.json().getInt("lines"));
        assertEquals(0, started.json().getInt("countedLines"));
        assertTrue(started.json().getString("countNumber").startsWith("CNT-"));
        assertEquals("\"0\"", started.header("ETag"));

        // v0: 12 scans (surplus of 2); v1: typed 3 (shortage of 2); v2: counted 4 (no difference)
        for (int i = 0; i < 12; i++) {
            Reply scan = api.post(COUNTS + "/" + id + "/scans", warehouse, "{\"code\":\"" + sku[0] + "\"}");
            assertEquals(200, scan.status(), scan.toString());
            assertEquals(i + 1, scan.json().getInt("counted"));
        }
        Reply typed = api.post(COUNTS + "/" + id + "/scans", warehouse,
                "{\"code\":\"" + sku[1].toLowerCase() + "\",\"quantity\":3}");
        assertEquals(200, typed.status(), typed.toString());
        assertEquals(5, typed.json().getInt("systemQuantity"));
        assertEquals(-2, typed.json().getInt("difference"));
        Reply set = api.put(COUNTS + "/" + id + "/lines/" + v[2], warehouse, "{\"counted\":4}");
        assertEquals(200, set.status(), set.toString());
        assertEquals(0, set.json().getInt("difference"));

        Reply unknown = api.post(COUNTS + "/" + id + "/scans", warehouse, "{\"code\":\"NO-SUCH-CODE-123\"}");
        assertEquals(422, unknown.status(), unknown.toString());
        assertEquals("count-code-unknown", unknown.problemType());
        assertTrue(unknown.json().getString("detail").contains("NO-SUCH-CODE-123"), unknown.toString());

        Reply diffs = api.get(COUNTS + "/" + id + "/lines?differences=true", warehouse);
        assertEquals(200, diffs.status(), diffs.toString());
        assertEquals(2, diffs.json().getInt("total"));
        Reply detail = api.get(COUNTS + "/" + id, warehouse);
        assertEquals(200, detail.status(), detail.toString());
        JsonObject preview = detail.json().getJsonObject("corrections");
        assertEquals(2, preview.getInt("unitsIn"));
        assertEquals(2, preview.getInt("unitsOut"));
        assertEquals("17.00", preview.getJsonNumber("valueIn").bigDecimalValue().setScale(2).toPlainString());

        Reply submitted = api.post(COUNTS + "/" + id + "/submit", warehouse, "", "If-Match", detail.header("ETag"));
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        Reply lateScan = api.post(COUNTS + "/" + id + "/scans", warehouse, "{\"code\":\"" + sku[0] + "\"}");
        assertEquals(422, lateScan.status(), lateScan.toString());
        assertEquals("count-status", lateScan.problemType());

        Reply forbidden = api.post(COUNTS + "/" + id + "/approve", warehouse, "{}", "If-Match",
                submitted.header("ETag"));
        assertEquals(403, forbidden.status(), "the warehouse role counts but does not approve: " + forbidden);
        Reply noIfMatch = api.post(COUNTS + "/" + id + "/approve", api.token(MANAGER), "{}");
        assertEquals(428, noIfMatch.status(), noIfMatch.toString());
        Reply stale = api.post(COUNTS + "/" + id + "/approve", api.token(MANAGER), "{}", "If-Match", "\"0\"");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("stale-version", stale.problemType());
        assertArrayEquals(new long[] {10}, new long[] {InventoryFixtures.stock(v[0], location)[0]},
                "nothing is posted before approval");

        Reply approved = api.post(COUNTS + "/" + id + "/approve", api.token(MANAGER), "{}", "If-Match",
                submitted.header("ETag"));
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getJsonObject("count").getString("status"));
        assertEquals(2, approved.json().getJsonObject("corrections").getInt("correctedLines"));

        assertEquals(12, InventoryFixtures.stock(v[0], location)[0]);
        assertEquals(3, InventoryFixtures.stock(v[1], location)[0]);
        assertEquals(4, InventoryFixtures.stock(v[2], location)[0]);
        assertEquals(1, corrections(v[0], location, true), "one COUNT_CORRECTION entering v0");
        assertEquals(1, corrections(v[1], location, false), "one COUNT_CORRECTION leaving v1");
        assertEquals(0, corrections(v[2], location, true) + corrections(v[2], location, false));
        for (int i = 0; i < 3; i++) {
            assertEquals(InventoryFixtures.stock(v[i], location)[0], InventoryFixtures.ledgerSum(v[i], location));
            assertEquals(1, InventoryFixtures.number("SELECT count(*) FROM inventory_stock WHERE variant_id = ?"
                    + " AND location_id = ? AND last_counted_at IS NOT NULL", v[i], location));
        }
        assertEquals(2, InventoryFixtures.number("SELECT discrepancy FROM inventory_audit_snapshots WHERE variant_id = ?"
                + " AND snapshot_type = 'COUNT' AND snapshot_quantity = 12 AND triggered_by = (SELECT id FROM users"
                + " WHERE email = ?)", v[0], MANAGER));
        assertEquals(-2, InventoryFixtures.number("SELECT discrepancy FROM inventory_audit_snapshots"
                + " WHERE variant_id = ? AND snapshot_type = 'COUNT'", v[1]));
        assertEquals(0, InventoryFixtures.number("SELECT discrepancy FROM inventory_audit_snapshots"
                + " WHERE variant_id = ? AND snapshot_type = 'COUNT'", v[2]));
        assertEquals(1, InventoryFixtures.number("SELECT count(*) FROM audit_logs WHERE entity_table = 'inventory_counts'"
                + " AND entity_id = ? AND action = 'APPROVE'", String.valueOf(id)));
        Reply reconciliation = api.get(INV + "/reconciliation?locationId=" + location, warehouse);
        assertEquals(200, reconciliation.status(), reconciliation.toString());
        assertTrue(reconciliation.json().getBoolean("consistent"), reconciliation.toString());

        Reply snapshots = api.get(INV + "/snapshots?locationId=" + location + "&type=COUNT", warehouse);
        assertEquals(200, snapshots.status(), snapshots.toString());
        assertEquals(3, snapshots.json().getInt("total"));

        Reply again = api.post(COUNTS + "/" + id + "/approve", api.token(MANAGER), "{}", "If-Match",
                approved.header("ETag"));
        assertEquals(422, again.status(), "an approved count is final: " + again);
    }

    @Test
    @DisplayName("a sale after a line was counted is not a discrepancy: stock ends at counted minus sold")
    void salesDuringTheCount() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(2);
        String warehouse = api.token(WAREHOUSE);
        receive(v[0], location, 10);
        receive(v[1], location, 6);
        long id = start(location, "ALL", warehouse);

        // v0 is counted (8: two units are missing), then 3 are sold; v1 is sold before anyone counts it
        assertEquals(200, api.put(COUNTS + "/" + id + "/lines/" + v[0], warehouse, "{\"counted\":8}").status());
        sell(v[0], location, 3);
        sell(v[1], location, 1);
        Reply line = api.post(COUNTS + "/" + id + "/scans", warehouse,
                "{\"code\":\"" + skus(v)[1] + "\",\"quantity\":5}");
        assertEquals(5, line.json().getInt("systemQuantity"), "system taken when the line is first counted");
        assertEquals(0, line.json().getInt("difference"));

        approve(id, warehouse, false);
        assertEquals(5, InventoryFixtures.stock(v[0], location)[0], "8 counted − 3 sold since");
        assertEquals(5, InventoryFixtures.stock(v[1], location)[0]);
        assertEquals(-2, InventoryFixtures.number("SELECT discrepancy FROM inventory_audit_snapshots"
                + " WHERE variant_id = ? AND snapshot_type = 'COUNT'", v[0]));
        assertEquals(InventoryFixtures.stock(v[0], location)[0], InventoryFixtures.ledgerSum(v[0], location));
    }

    @Test
    @DisplayName("uncounted lines are untouched unless the approver confirms uncounted = 0; SELECTED counts only their SKUs")
    void uncountedLinesAndSelection() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(3);
        String warehouse = api.token(WAREHOUSE);
        for (long variant : v) {
            receive(variant, location, 4);
        }
        String[] sku = skus(v);
        Reply selected = api.post(COUNTS, warehouse, Json.createObjectBuilder().add("locationId", location)
                .add("scope", "SELECTED").add("skus", Json.createArrayBuilder().add(sku[0]).add(sku[1]))
                .build().toString());
        assertEquals(201, selected.status(), selected.toString());
        long id = selected.json().getJsonNumber("id").longValue();
        assertEquals(2, selected.json().getInt("lines"));
        Reply outside = api.post(COUNTS + "/" + id + "/scans", warehouse, "{\"code\":\"" + sku[2] + "\"}");
        assertEquals(422, outside.status(), outside.toString());
        assertEquals("count-variant-not-included", outside.problemType());
        api.put(COUNTS + "/" + id + "/lines/" + v[0], warehouse, "{\"counted\":4}");
        approve(id, warehouse, false);
        assertEquals(4, InventoryFixtures.stock(v[1], location)[0], "not counted, not confirmed: untouched");
        assertEquals(0, InventoryFixtures.number("SELECT count(*) FROM inventory_audit_snapshots WHERE variant_id = ?"
                + " AND snapshot_type = 'COUNT'", v[1]));

        long all = start(location, "ALL", warehouse);
        api.put(COUNTS + "/" + all + "/lines/" + v[0], warehouse, "{\"counted\":4}");
        Reply notCounted = api.get(COUNTS + "/" + all + "/lines?notCounted=true", warehouse);
        assertEquals(2, notCounted.json().getInt("total"));
        Reply preview = api.get(COUNTS + "/" + all + "?uncountedAsZero=true", warehouse);
        assertEquals(8, preview.json().getJsonObject("corrections").getInt("unitsOut"));
        approve(all, warehouse, true);
        assertEquals(4, InventoryFixtures.stock(v[0], location)[0]);
        assertEquals(0, InventoryFixtures.stock(v[1], location)[0], "confirmed uncounted = 0");
        assertEquals(0, InventoryFixtures.stock(v[2], location)[0]);
        assertEquals(0, InventoryFixtures.ledgerSum(v[2], location));
    }

    @Test
    @DisplayName("one unfinished count per location; a cancelled one frees it; bad input is 400; cashier cannot count")
    void oneOpenCountPerLocation() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(1);
        String warehouse = api.token(WAREHOUSE);
        receive(v[0], location, 1);
        long id = start(location, "ALL", warehouse);
        Reply second = api.post(COUNTS, warehouse, "{\"locationId\":" + location + ",\"scope\":\"ALL\"}");
        assertEquals(409, second.status(), second.toString());
        assertEquals("count-already-open", second.problemType());
        assertTrue(second.json().getString("detail").contains("CNT-"), second.toString());

        Reply cancelled = api.post(COUNTS + "/" + id + "/cancel", warehouse, "", "If-Match", "\"0\"");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        start(location, "ALL", warehouse);

        Reply bad = api.post(COUNTS, warehouse, "{\"locationId\":\"x\",\"scope\":\"SOME\",\"extra\":1}");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.fieldErrors().keySet().containsAll(java.util.Set.of("locationId", "scope", "extra")),
                bad.toString());
        Reply cashier = api.post(COUNTS, api.token(CASHIER), "{\"locationId\":" + location + ",\"scope\":\"ALL\"}");
        assertEquals(403, cashier.status(), cashier.toString());
        Reply inactive = api.post(COUNTS, warehouse, "{\"locationId\":" + InventoryFixtures.location(false, true)
                + ",\"scope\":\"ALL\"}");
        assertEquals(422, inactive.status(), inactive.toString());

        Reply list = api.get(COUNTS + "?locationId=" + location, warehouse);
        assertEquals(200, list.status(), list.toString());
        assertEquals(2, list.json().getInt("total"));
        assertEquals("OPEN", list.json().getJsonArray("items").getJsonObject(0).getString("status"),
                "newest first");
    }

    @Test
    @DisplayName("a full snapshot writes one row per stock row, set-based, with discrepancy 0 when the ledger reconciles")
    void fullSnapshot() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(2);
        receive(v[0], location, 3);
        receive(v[1], location, 7);
        Reply forbidden = api.post(INV + "/snapshots", api.token(WAREHOUSE), "");
        assertEquals(403, forbidden.status(), forbidden.toString());

        long stockRows = InventoryFixtures.number("SELECT count(*) FROM inventory_stock");
        Reply taken = api.post(INV + "/snapshots", api.token(MANAGER), "");
        assertEquals(201, taken.status(), taken.toString());
        assertEquals(stockRows, taken.json().getInt("rows"));
        long manager = InventoryFixtures.number("SELECT id FROM users WHERE email = ?", MANAGER);
        assertEquals(stockRows, InventoryFixtures.number("SELECT count(*) FROM inventory_audit_snapshots"
                + " WHERE snapshot_type = 'MANUAL' AND triggered_by = ? AND snapshot_at = (SELECT max(snapshot_at)"
                + " FROM inventory_audit_snapshots WHERE snapshot_type = 'MANUAL')", manager));
        assertEquals(stockRows, InventoryFixtures.number("SELECT count(DISTINCT (variant_id, location_id))"
                + " FROM inventory_audit_snapshots WHERE snapshot_type = 'MANUAL' AND snapshot_at = (SELECT"
                + " max(snapshot_at) FROM inventory_audit_snapshots WHERE snapshot_type = 'MANUAL')"));
        Reply mine = api.get(INV + "/snapshots?type=MANUAL&variantId=" + v[1], api.token(WAREHOUSE));
        assertEquals(200, mine.status(), mine.toString());
        JsonObject row = mine.json().getJsonArray("items").getJsonObject(0);
        assertEquals(7, row.getInt("snapshotQuantity"));
        assertEquals(0, row.getInt("discrepancy"));
        assertEquals(location, row.getInt("locationId"));

        // the daily run: due at the configured time (set to the next minute), written once as SCHEDULED
        String next = java.time.LocalTime.now(java.time.ZoneId.of("America/Lima")).plusMinutes(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        setDailyTime(next);
        try {
            long deadline = System.currentTimeMillis() + 150_000;
            while (System.currentTimeMillis() < deadline && scheduledRows(v[1]) == 0) {
                Thread.sleep(2_000);
            }
            assertEquals(1, scheduledRows(v[1]), "the timer writes the daily snapshot at " + next);
            assertEquals(InventoryFixtures.number("SELECT count(*) FROM inventory_stock"),
                    InventoryFixtures.number("SELECT count(*) FROM inventory_audit_snapshots WHERE snapshot_type ="
                            + " 'SCHEDULED' AND snapshot_at = (SELECT max(snapshot_at) FROM inventory_audit_snapshots"
                            + " WHERE snapshot_type = 'SCHEDULED')"), "one row per stock row");
            Thread.sleep(62_000);
            assertEquals(1, scheduledRows(v[1]), "once a day: the next minute does not write it again");
        } finally {
            setDailyTime("02:00");
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static long scheduledRows(long variant) throws Exception {
        return InventoryFixtures.number("SELECT count(*) FROM inventory_audit_snapshots WHERE snapshot_type ="
                + " 'SCHEDULED' AND variant_id = ? AND triggered_by IS NULL", variant);
    }

    private static void setDailyTime(String value) throws Exception {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(
                "UPDATE system_settings SET value = ? WHERE setting_key = 'inventory.snapshot.daily_time'")) {
            ps.setString(1, value);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private long start(int location, String scope, String token) {
        Reply started = api.post(COUNTS, token, "{\"locationId\":" + location + ",\"scope\":\"" + scope + "\"}");
        assertEquals(201, started.status(), started.toString());
        return started.json().getJsonNumber("id").longValue();
    }

    private void approve(long id, String counter, boolean uncountedAsZero) {
        Reply read = api.get(COUNTS + "/" + id, counter);
        Reply submitted = api.post(COUNTS + "/" + id + "/submit", counter, "", "If-Match", read.header("ETag"));
        assertEquals(200, submitted.status(), submitted.toString());
        Reply approved = api.post(COUNTS + "/" + id + "/approve", api.token(MANAGER),
                "{\"uncountedAsZero\":" + uncountedAsZero + "}", "If-Match", submitted.header("ETag"));
        assertEquals(200, approved.status(), approved.toString());
    }

    private void receive(long variant, int location, int quantity) {
        Reply r = api.post(INV + "/receipts", api.token(WAREHOUSE), "{\"variantId\":" + variant + ",\"locationId\":"
                + location + ",\"quantity\":" + quantity + "}");
        assertEquals(201, r.status(), r.toString());
    }

    private void sell(long variant, int location, int quantity) {
        Reply r = api.post(INV + "/sales", api.token(CASHIER), "{\"variantId\":" + variant + ",\"locationId\":"
                + location + ",\"quantity\":" + quantity + "}");
        assertEquals(201, r.status(), r.toString());
    }

    private static String[] skus(long[] variants) throws Exception {
        String[] skus = new String[variants.length];
        try (Connection c = TestServer.jdbc();
             PreparedStatement ps = c.prepareStatement("SELECT sku FROM product_variants WHERE id = ?")) {
            for (int i = 0; i < variants.length; i++) {
                ps.setLong(1, variants[i]);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    skus[i] = rs.getString(1);
                }
            }
        }
        return skus;
    }

    private static long corrections(long variant, int location, boolean entering) throws Exception {
        return InventoryFixtures.number("SELECT count(*) FROM inventory_movements WHERE variant_id = ?"
                + " AND movement_type = 'COUNT_CORRECTION' AND " + (entering ? "to_location_id" : "from_location_id")
                + " = ?", variant, location);
    }
}
