package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestServer;

/**
 * {@code /api/v1/inventory/transfers} end to end: draft, dispatch (stock leaves the source with
 * TRANSFER_OUT), partial receipts (TRANSFER_IN at the destination), close with discrepancies, every
 * refusal leaving stock, ledger and document untouched, stale versions, permissions and concurrent
 * dispatches; every effect checked in PostgreSQL and by the reconciliation.
 */
class InventoryTransferApiIT extends ClientIntegration {

    private static final String BASE = "/api/v1/inventory/transfers";
    private static final String WAREHOUSE = "warehouse@colca.test";
    private static final String MANAGER = "manager@colca.test";
    private static final String CASHIER = "cashier@colca.test";

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("draft (lines merged) → dispatch (TRANSFER_OUT) → two partial receipts → close with a discrepancy")
    void fullLifecycle() throws Exception {
        int source = InventoryFixtures.location(true, false);
        int destination = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(2);
        String token = api.token(WAREHOUSE);
        receive(v[0], source, 10);
        receive(v[1], source, 5);

        Reply created = api.post(BASE, token, Json.createObjectBuilder().add("fromLocationId", source)
                .add("toLocationId", destination).add("notes", "reposición semanal")
                .add("lines", Json.createArrayBuilder()
                        .add(line(v[0], 4)).add(Json.createObjectBuilder().add("sku", sku(v[1]).toLowerCase())
                                .add("quantity", 2))
                        .add(line(v[0], 1)))
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        JsonObject draft = created.json();
        assertEquals("\"0\"", created.header("ETag"));
        assertNotNull(created.header("Location"));
        assertTrue(draft.getString("number").matches("TRF-\\d{6}"), draft.toString());
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(2, draft.getJsonArray("lines").size(), "two lines of one variant merged");
        assertEquals(5, lineOf(draft, v[0]).getInt("quantitySent"));
        assertEquals(2, lineOf(draft, v[1]).getInt("quantitySent"));
        assertEquals(sku(v[1]), lineOf(draft, v[1]).getString("sku"));
        assertEquals(10, InventoryFixtures.stock(v[0], source)[0], "a draft moves nothing");
        long id = draft.getJsonNumber("id").longValue();
        String number = draft.getString("number");

        Reply dispatched = api.post(BASE + "/" + id + "/dispatch", token, null, "If-Match", "\"0\"");
        assertEquals(200, dispatched.status(), dispatched.toString());
        assertEquals("DISPATCHED", dispatched.json().getString("status"));
        assertEquals(7, dispatched.json().getInt("unitsInTransit"));
        assertFalse(dispatched.json().isNull("dispatched"));
        assertEquals(5, InventoryFixtures.stock(v[0], source)[0], "stock left the source");
        assertEquals(3, InventoryFixtures.stock(v[1], source)[0]);
        assertEquals(2, count("SELECT count(*) FROM inventory_movements WHERE reference_doc = ? AND movement_type ="
                + " 'TRANSFER_OUT' AND from_location_id = ? AND to_location_id IS NULL", number, (long) source));
        assertEquals(5, count("SELECT quantity FROM inventory_movements WHERE reference_doc = ? AND variant_id = ?",
                number, v[0]));

        Reply transit = api.get(BASE + "/in-transit?locationId=" + destination, token);
        assertEquals(200, transit.status(), transit.toString());
        assertEquals(2, transit.body().chars().filter(c -> c == '{').count(), transit.body());
        Reply transitOfOne = api.get(BASE + "/in-transit?locationId=" + destination + "&variantId=" + v[0], token);
        assertEquals(5, Json.createReader(new java.io.StringReader(transitOfOne.body())).readArray()
                .getJsonObject(0).getInt("quantity"));

        long line0 = lineOf(dispatched.json(), v[0]).getJsonNumber("id").longValue();
        long line1 = lineOf(dispatched.json(), v[1]).getJsonNumber("id").longValue();
        Reply first = api.post(BASE + "/" + id + "/receipts", token, receipt(line0, 3), "If-Match",
                dispatched.header("ETag"));
        assertEquals(200, first.status(), first.toString());
        assertEquals("PARTIALLY_RECEIVED", first.json().getString("status"));
        assertEquals(3, InventoryFixtures.stock(v[0], destination)[0], "units entered the destination");
        assertEquals(4, first.json().getInt("unitsInTransit"));

        Reply second = api.post(BASE + "/" + id + "/receipts", token, Json.createObjectBuilder().add("lines",
                Json.createArrayBuilder().add(receiptLine(line0, 2)).add(receiptLine(line1, 1))).build().toString(),
                "If-Match", first.header("ETag"));
        assertEquals(200, second.status(), second.toString());
        assertEquals("PARTIALLY_RECEIVED", second.json().getString("status"), "one unit of the second line missing");
        assertFalse(first.header("ETag").equals(second.header("ETag")), "every receipt moves the version");
        assertEquals(5, InventoryFixtures.stock(v[0], destination)[0]);
        assertEquals(1, InventoryFixtures.stock(v[1], destination)[0]);
        assertEquals(3, second.json().getJsonArray("receipts").size());
        assertEquals(2, second.json().getJsonArray("receipts").getJsonObject(2).getInt("receiptNo"));
        assertEquals(3, count("SELECT count(*) FROM inventory_movements WHERE reference_doc = ? AND movement_type ="
                + " 'TRANSFER_IN' AND to_location_id = ?", number, (long) destination));

        Reply noReason = api.post(BASE + "/" + id + "/close", token, "{}", "If-Match", second.header("ETag"));
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.fieldErrors().containsKey("reasons." + line1), noReason.toString());
        assertTrue(noReason.fieldErrors().get("reasons." + line1).contains(sku(v[1])), noReason.toString());

        Reply closed = api.post(BASE + "/" + id + "/close", token, Json.createObjectBuilder().add("lines",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineId", line1)
                        .add("reason", "caja abierta en el camión"))).build().toString(),
                "If-Match", second.header("ETag"));
        assertEquals(200, closed.status(), closed.toString());
        JsonObject done = closed.json();
        assertEquals("RECEIVED", done.getString("status"));
        assertEquals(1, done.getInt("unitsLost"));
        assertEquals(0, done.getInt("unitsInTransit"));
        assertEquals(1, lineOf(done, v[1]).getInt("discrepancyQuantity"));
        assertEquals("caja abierta en el camión", lineOf(done, v[1]).getString("discrepancyReason"));
        assertEquals(0, lineOf(done, v[0]).getInt("discrepancyQuantity"));
        assertFalse(done.isNull("received"));
        assertEquals(3, InventoryFixtures.stock(v[1], source)[0], "the lost unit had already left the source");
        assertEquals(1, InventoryFixtures.stock(v[1], destination)[0]);
        assertEquals("[]", api.get(BASE + "/in-transit?locationId=" + destination, token).body());

        for (String action : List.of("DISPATCH", "RECEIVE", "CLOSE")) {
            assertTrue(count("SELECT count(*) FROM audit_logs WHERE entity_table = 'inventory_transfers'"
                    + " AND entity_id = ? AND action = ?", String.valueOf(id), action) >= 1, action + " audited");
        }
        assertLedgerExact(v, source, destination);

        Reply got = api.get(BASE + "/" + id, api.token(CASHIER));
        assertEquals(200, got.status(), got.toString());
        assertEquals(closed.header("ETag"), got.header("ETag"));
        assertEquals(304, api.get(BASE + "/" + id, token, "If-None-Match", got.header("ETag")).status());
    }

    @Test
    @DisplayName("refusals (short stock, over-receipt, bad drafts, wrong status, no If-Match) change nothing")
    void refusalsChangeNothing() throws Exception {
        int source = InventoryFixtures.location(true, false);
        int destination = InventoryFixtures.location(true, true);
        int inactive = InventoryFixtures.location(false, true);
        long[] v = InventoryFixtures.variants(2);
        String token = api.token(WAREHOUSE);
        receive(v[0], source, 10);
        receive(v[1], source, 2);

        long id = create(token, source, destination, line(v[0], 3), line(v[1], 5));
        Reply noIfMatch = api.post(BASE + "/" + id + "/dispatch", token, null);
        assertEquals(428, noIfMatch.status(), noIfMatch.toString());

        Reply shortStock = api.post(BASE + "/" + id + "/dispatch", token, null, "If-Match", "\"0\"");
        assertEquals(409, shortStock.status(), shortStock.toString());
        assertEquals("insufficient-stock", shortStock.problemType());
        assertTrue(shortStock.json().getString("detail").contains(sku(v[1])), shortStock.toString());
        JsonArray shortages = shortStock.json().getJsonArray("shortages");
        assertEquals(1, shortages.size(), "only the short line");
        assertEquals(sku(v[1]), shortages.getJsonObject(0).getString("sku"));
        assertEquals(2, shortages.getJsonObject(0).getInt("available"));
        assertEquals(5, shortages.getJsonObject(0).getInt("requested"));
        assertEquals(10, InventoryFixtures.stock(v[0], source)[0], "the line with stock did not move either");
        assertEquals(2, InventoryFixtures.stock(v[1], source)[0]);
        Reply still = api.get(BASE + "/" + id, token);
        assertEquals("DRAFT", still.json().getString("status"));
        assertEquals("\"0\"", still.header("ETag"));
        assertEquals(0, count("SELECT count(*) FROM inventory_movements WHERE reference_doc = ?",
                still.json().getString("number")));

        // fix the draft, dispatch, then try to receive too much
        Reply edited = api.put(BASE + "/" + id, token, draft(source, destination, line(v[0], 3), line(v[1], 2))
                .toString(), "If-Match", "\"0\"");
        assertEquals(200, edited.status(), edited.toString());
        Reply stale = api.put(BASE + "/" + id, token, draft(source, destination, line(v[0], 1)).toString(),
                "If-Match", "\"0\"");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("stale-version", stale.problemType());
        Reply staleDispatch = api.post(BASE + "/" + id + "/dispatch", token, null, "If-Match", "\"0\"");
        assertEquals(409, staleDispatch.status(), staleDispatch.toString());
        assertEquals(10, InventoryFixtures.stock(v[0], source)[0], "a stale dispatch moves nothing");
        Reply dispatched = api.post(BASE + "/" + id + "/dispatch", token, null, "If-Match", edited.header("ETag"));
        assertEquals(200, dispatched.status(), dispatched.toString());
        long line0 = lineOf(dispatched.json(), v[0]).getJsonNumber("id").longValue();

        Reply over = api.post(BASE + "/" + id + "/receipts", token, receipt(line0, 4), "If-Match",
                dispatched.header("ETag"));
        assertEquals(422, over.status(), over.toString());
        assertEquals("transfer-over-receipt", over.problemType());
        assertTrue(over.json().getString("detail").contains(sku(v[0])), over.toString());
        assertEquals(null, InventoryFixtures.stock(v[0], destination), "nothing entered the destination");
        Reply staleReceipt = api.post(BASE + "/" + id + "/receipts", token, receipt(line0, 1), "If-Match",
                edited.header("ETag"));
        assertEquals(409, staleReceipt.status(), staleReceipt.toString());
        Reply foreignLine = api.post(BASE + "/" + id + "/receipts", token, receipt(999_999_999L, 1), "If-Match",
                dispatched.header("ETag"));
        assertEquals(400, foreignLine.status(), foreignLine.toString());
        assertTrue(foreignLine.fieldErrors().containsKey("lines[0].lineId"), foreignLine.toString());
        Reply cancelDispatched = api.post(BASE + "/" + id + "/cancel", token, null, "If-Match",
                dispatched.header("ETag"));
        assertEquals(422, cancelDispatched.status(), cancelDispatched.toString());
        assertEquals("transfer-status", cancelDispatched.problemType());
        Reply editDispatched = api.put(BASE + "/" + id, token, draft(source, destination, line(v[0], 1)).toString(),
                "If-Match", dispatched.header("ETag"));
        assertEquals(422, editDispatched.status(), editDispatched.toString());
        assertEquals(dispatched.header("ETag"), api.get(BASE + "/" + id, token).header("ETag"));

        // bad drafts
        Reply same = api.post(BASE, token, draft(source, source, line(v[0], 1)).toString());
        assertEquals(400, same.status(), same.toString());
        Reply toInactive = api.post(BASE, token, draft(source, inactive, line(v[0], 1)).toString());
        assertEquals(422, toInactive.status(), toInactive.toString());
        assertEquals("location-inactive", toInactive.problemType());
        Reply zero = api.post(BASE, token, draft(source, destination, line(v[0], 0)).toString());
        assertEquals(400, zero.status(), zero.toString());
        assertTrue(zero.fieldErrors().containsKey("lines[0].quantity"), zero.toString());
        Reply unknownSku = api.post(BASE, token, draft(source, destination, line(v[0], 1),
                Json.createObjectBuilder().add("sku", "NO-SUCH-SKU-" + InventoryFixtures.suffix()).add("quantity", 1)
                        .build()).toString());
        assertEquals(400, unknownSku.status(), unknownSku.toString());
        assertTrue(unknownSku.fieldErrors().containsKey("lines[1].code"), unknownSku.toString());
        Reply noLines = api.post(BASE, token, Json.createObjectBuilder().add("fromLocationId", source)
                .add("toLocationId", destination).add("colour", "red").build().toString());
        assertEquals(400, noLines.status(), noLines.toString());
        assertTrue(noLines.fieldErrors().containsKey("lines"), noLines.toString());
        assertTrue(noLines.fieldErrors().containsKey("colour"), noLines.toString());

        assertLedgerExact(v, source, destination);
    }

    @Test
    @DisplayName("permissions: inventory.transfer to change, inventory.view to read; drafts can be cancelled; list filters")
    void permissionsCancelAndList() throws Exception {
        int source = InventoryFixtures.location(true, false);
        int destination = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(1);
        Reply forbidden = api.post(BASE, api.token(CASHIER), draft(source, destination, line(v[0], 1)).toString());
        assertEquals(403, forbidden.status(), forbidden.toString());

        String token = api.token(MANAGER);
        long kept = create(token, source, destination, line(v[0], 1));
        long cancelled = create(token, source, destination, line(v[0], 2));
        Reply cancel = api.post(BASE + "/" + cancelled + "/cancel", token, null, "If-Match", "\"0\"");
        assertEquals(200, cancel.status(), cancel.toString());
        assertEquals("CANCELLED", cancel.json().getString("status"));
        assertFalse(cancel.json().isNull("cancelled"));
        Reply dispatchCancelled = api.post(BASE + "/" + cancelled + "/dispatch", token, null, "If-Match",
                cancel.header("ETag"));
        assertEquals(422, dispatchCancelled.status(), dispatchCancelled.toString());

        String cashier = api.token(CASHIER);
        Reply fromSource = api.get(BASE + "?fromLocationId=" + source, cashier);
        assertEquals(200, fromSource.status(), fromSource.toString());
        assertEquals(2, fromSource.json().getInt("total"));
        assertEquals(cancelled, fromSource.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                .longValue(), "newest first");
        Reply drafts = api.get(BASE + "?status=DRAFT&toLocationId=" + destination, cashier);
        assertEquals(1, drafts.json().getInt("total"));
        JsonObject row = drafts.json().getJsonArray("items").getJsonObject(0);
        assertEquals(kept, row.getJsonNumber("id").longValue());
        assertEquals(1, row.getInt("unitsSent"));
        Reply byNumber = api.get(BASE + "?q=" + ApiClient.q(row.getString("number").substring(4)) + "&locationId="
                + destination, cashier);
        assertEquals(1, byNumber.json().getInt("total"), byNumber.toString());
        assertEquals(400, api.get(BASE + "?status=LOST", cashier).status());
        assertEquals(404, api.get(BASE + "/999999999", cashier).status());
    }

    @Test
    @DisplayName("two transfers draining the same stock dispatched at once: one wins, the other 409, never negative")
    void concurrentDispatchesNeverOversell() throws Exception {
        int source = InventoryFixtures.location(true, false);
        int destination = InventoryFixtures.location(true, true);
        long[] v = InventoryFixtures.variants(2);
        receive(v[0], source, 5);
        receive(v[1], source, 5);
        String token = api.token(WAREHOUSE);
        // opposite line orders: the service locks rows in (variant, location) order, so no deadlock
        long a = create(token, source, destination, line(v[0], 4), line(v[1], 4));
        long b = create(token, source, destination, line(v[1], 4), line(v[0], 4));
        long c = create(token, source, destination, line(v[0], 1));
        List<Reply> replies = concurrently(
                () -> api.post(BASE + "/" + a + "/dispatch", token, null, "If-Match", "\"0\""),
                () -> api.post(BASE + "/" + b + "/dispatch", token, null, "If-Match", "\"0\""),
                () -> api.post(BASE + "/" + c + "/dispatch", token, null, "If-Match", "\"0\""),
                // the same transfer twice with the same version: at most one moves stock
                () -> api.post(BASE + "/" + c + "/dispatch", token, null, "If-Match", "\"0\""));
        long ok = replies.stream().filter(r -> r.status() == 200).count();
        for (Reply r : replies) {
            assertTrue(r.status() == 200 || r.status() == 409, r.toString());
        }
        assertEquals(2, ok, replies.toString());
        assertEquals(1, count("SELECT count(*) FROM inventory_movements WHERE reference_doc = (SELECT transfer_number"
                + " FROM inventory_transfers WHERE id = ?)", c), "the twice-dispatched transfer moved once");
        long[] s0 = InventoryFixtures.stock(v[0], source);
        long[] s1 = InventoryFixtures.stock(v[1], source);
        assertEquals(0, s0[0], "4 + 1 of 5 left");
        assertEquals(1, s1[0]);
        assertLedgerExact(v, source, destination);
    }

    // ------------------------------------------------------------------------------------------ helpers

    @SafeVarargs
    private static List<Reply> concurrently(Supplier<Reply>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        try {
            for (Supplier<Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertLedgerExact(long[] variants, int... locations) throws Exception {
        String token = api.token(MANAGER);
        for (long v : variants) {
            for (int l : locations) {
                long[] stock = InventoryFixtures.stock(v, l);
                long onHand = stock == null ? 0 : stock[0];
                assertTrue(onHand >= 0);
                assertEquals(onHand, InventoryFixtures.ledgerSum(v, l), "ledger sum == on hand");
            }
        }
        for (int l : locations) {
            Reply reconciliation = api.get("/api/v1/inventory/reconciliation?locationId=" + l, token);
            assertEquals(200, reconciliation.status(), reconciliation.toString());
            assertTrue(reconciliation.json().getBoolean("consistent"), reconciliation.toString());
        }
    }

    private void receive(long variant, int location, int quantity) {
        Reply r = api.post("/api/v1/inventory/receipts", api.token(WAREHOUSE), Json.createObjectBuilder()
                .add("variantId", variant).add("locationId", location).add("quantity", quantity).build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    private long create(String token, int from, int to, JsonObject... lines) {
        Reply r = api.post(BASE, token, draft(from, to, lines).toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject draft(int from, int to, JsonObject... lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject line : lines) {
            array.add(line);
        }
        return Json.createObjectBuilder().add("fromLocationId", from).add("toLocationId", to).add("lines", array)
                .build();
    }

    private static JsonObject line(long variant, int quantity) {
        return Json.createObjectBuilder().add("variantId", variant).add("quantity", quantity).build();
    }

    private static String receipt(long lineId, int quantity) {
        return Json.createObjectBuilder().add("lines", Json.createArrayBuilder().add(receiptLine(lineId, quantity)))
                .build().toString();
    }

    private static JsonObject receiptLine(long lineId, int quantity) {
        return Json.createObjectBuilder().add("lineId", lineId).add("quantity", quantity).build();
    }

    private static JsonObject lineOf(JsonObject transfer, long variant) {
        for (JsonValue value : transfer.getJsonArray("lines")) {
            if (value.asJsonObject().getJsonNumber("variantId").longValue() == variant) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError("no line of variant " + variant + " in " + transfer);
    }

    static String sku(long variant) throws Exception {
        try (Connection c = TestServer.jdbc();
             PreparedStatement ps = c.prepareStatement("SELECT sku FROM product_variants WHERE id = ?")) {
            ps.setLong(1, variant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long count(String sql, Object... args) throws Exception {
        return InventoryFixtures.number(sql, args);
    }
}
