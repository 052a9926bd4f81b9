package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;

/**
 * Inventory under concurrency, over HTTP against the deployed EAR and checked in PostgreSQL: the
 * last units are never oversold, and the ledger always explains the stock.
 */
class InventoryConcurrencyIT extends ClientIntegration {

    private static final String INTEGRATOR = "integrator@colca.test";
    private static final String MANAGER = "manager@colca.test";
    private static final String WAREHOUSE = "warehouse@colca.test";

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("50 concurrent reservations of the last 10 units: exactly 10 × 201, 40 × 409 with available")
    void lastUnitsAreNeverOversold() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long variant = InventoryFixtures.variants(1)[0];
        Reply receipt = api.post("/api/v1/inventory/receipts", api.token(WAREHOUSE),
                change(variant, location, 10).build().toString());
        assertEquals(201, receipt.status(), receipt.toString());
        String token = api.token(INTEGRATOR);

        int clients = 50;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                String body = Json.createObjectBuilder().add("variantId", variant).add("locationId", location)
                        .add("quantity", 1).add("sessionId", "cart-" + i).build().toString();
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/inventory/reservations", token, body);
                }));
            }
            start.countDown();
            int created = 0;
            int refused = 0;
            for (Future<Reply> f : replies) {
                Reply r = f.get(60, TimeUnit.SECONDS);
                if (r.status() == 201) {
                    created++;
                } else {
                    assertEquals(409, r.status(), r.toString());
                    assertTrue(r.isProblem(), r.toString());
                    assertEquals("insufficient-stock", r.problemType());
                    JsonObject problem = r.json();
                    assertNotNull(problem.get("available"), r.toString());
                    assertEquals(0, problem.getInt("available"), r.toString());
                    assertEquals(1, problem.getInt("requested"));
                    refused++;
                }
            }
            assertEquals(10, created, "exactly as many reservations as units");
            assertEquals(40, refused);
        } finally {
            pool.shutdownNow();
        }
        long[] stock = InventoryFixtures.stock(variant, location);
        assertEquals(10, stock[0], "on hand unchanged");
        assertEquals(10, stock[1], "all 10 reserved");
        assertEquals(0, stock[2], "nothing available");
        assertEquals(10, InventoryFixtures.reservations(variant));
        assertEquals(10, InventoryFixtures.ledgerSum(variant, location), "reservations write no ledger lines");
    }

    @Test
    @DisplayName("random receipts, sales, returns, adjustments and transfers on 8 threads: ledger sum == on hand, never negative")
    void mixedWorkloadKeepsTheLedgerExact() throws Exception {
        int[] locations = {InventoryFixtures.location(true, true), InventoryFixtures.location(true, true)};
        long[] variants = InventoryFixtures.variants(4);
        String token = api.token(MANAGER);
        Map<String, AtomicLong> expected = new ConcurrentHashMap<>();
        for (long v : variants) {
            for (int l : locations) {
                Reply r = api.post("/api/v1/inventory/receipts", token, change(v, l, 5).build().toString());
                assertEquals(201, r.status(), r.toString());
                expected.put(v + "@" + l, new AtomicLong(5));
            }
        }

        int threads = 8;
        int operations = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong refused = new AtomicLong();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                long seed = 4242L + t;
                done.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < operations; i++) {
                        long v = variants[random.nextInt(variants.length)];
                        int l = locations[random.nextInt(locations.length)];
                        int q = 1 + random.nextInt(4);
                        int kind = random.nextInt(6);
                        if (kind == 5) {
                            // a transfer to the other location: dispatched (may be short), then received in two parts
                            int other = locations[0] == l ? locations[1] : locations[0];
                            if (transfer(token, v, l, other, q)) {
                                expected.get(v + "@" + l).addAndGet(-q);
                                expected.get(v + "@" + other).addAndGet(q);
                            } else {
                                refused.incrementAndGet();
                            }
                            continue;
                        }
                        String path;
                        String body;
                        long delta;
                        switch (kind) {
                            case 0 -> {
                                path = "receipts";
                                body = change(v, l, q).build().toString();
                                delta = q;
                            }
                            case 1, 2 -> {
                                path = "sales";
                                body = change(v, l, q).build().toString();
                                delta = -q;
                            }
                            case 3 -> {
                                path = "returns";
                                body = change(v, l, q).build().toString();
                                delta = q;
                            }
                            default -> {
                                int signed = random.nextBoolean() ? q : -q;
                                path = "adjustments";
                                body = Json.createObjectBuilder().add("variantId", v).add("locationId", l)
                                        .add("quantity", signed).add("reason", "conteo rápido").build().toString();
                                delta = signed;
                            }
                        }
                        Reply r = api.post("/api/v1/inventory/" + path, token, body);
                        if (r.status() == 201) {
                            expected.get(v + "@" + l).addAndGet(delta);
                            assertEquals(r.json().getJsonObject("stock").getInt("onHand"),
                                    r.json().getJsonObject("stock").getInt("available"));
                        } else {
                            assertEquals(409, r.status(), r.toString());
                            assertEquals("insufficient-stock", r.problemType(), r.toString());
                            assertTrue(delta < 0, "only withdrawals can be short");
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (long v : variants) {
            for (int l : locations) {
                long[] stock = InventoryFixtures.stock(v, l);
                assertTrue(stock[0] >= 0 && stock[1] >= 0 && stock[1] <= stock[0], "never negative");
                assertEquals(expected.get(v + "@" + l).get(), stock[0], "on hand = initial + accepted changes");
                assertEquals(stock[0], InventoryFixtures.ledgerSum(v, l), "ledger sum == on hand");
            }
        }
        for (int l : locations) {
            Reply reconciliation = api.get("/api/v1/inventory/reconciliation?locationId=" + l, token);
            assertEquals(200, reconciliation.status(), reconciliation.toString());
            assertTrue(reconciliation.json().getBoolean("consistent"), reconciliation.toString());
            assertEquals(0, reconciliation.json().getJsonArray("mismatches").size());
        }
        System.out.println("mixed workload: " + threads * operations + " operations, " + refused.get()
                + " refused for insufficient stock");
    }

    /**
     * Creates, dispatches and receives (1 unit, then the rest) a transfer of {@code q} units; false
     * when the dispatch was refused for insufficient stock (then nothing moved).
     */
    private boolean transfer(String token, long variant, int from, int to, int q) {
        Reply draft = api.post("/api/v1/inventory/transfers", token, Json.createObjectBuilder()
                .add("fromLocationId", from).add("toLocationId", to).add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("variantId", variant).add("quantity", q)))
                .build().toString());
        assertEquals(201, draft.status(), draft.toString());
        String self = "/api/v1/inventory/transfers/" + draft.json().getJsonNumber("id").longValue();
        Reply dispatched = api.post(self + "/dispatch", token, null, "If-Match", draft.header("ETag"));
        if (dispatched.status() != 200) {
            assertEquals(409, dispatched.status(), dispatched.toString());
            assertEquals("insufficient-stock", dispatched.problemType(), dispatched.toString());
            return false;
        }
        long line = dispatched.json().getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
        String etag = dispatched.header("ETag");
        for (int part : q > 1 ? new int[] {1, q - 1} : new int[] {1}) {
            Reply received = api.post(self + "/receipts", token, Json.createObjectBuilder().add("lines",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineId", line)
                            .add("quantity", part))).build().toString(), "If-Match", etag);
            assertEquals(200, received.status(), received.toString());
            etag = received.header("ETag");
        }
        return true;
    }

    private static jakarta.json.JsonObjectBuilder change(long variant, int location, int quantity) {
        return Json.createObjectBuilder().add("variantId", variant).add("locationId", location)
                .add("quantity", quantity);
    }
}
