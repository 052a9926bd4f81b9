package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;

/**
 * {@code /api/v1/inventory} end to end: movements, stock queries, the ledger, reservations with
 * their TTL, bad input and permissions; every effect checked in the database.
 */
class InventoryApiIT extends ClientIntegration {

    private static final String BASE = "/api/v1/inventory";
    private static final String ADMIN = "admin@colca.test";
    private static final String WAREHOUSE = "warehouse@colca.test";
    private static final String CASHIER = "cashier@colca.test";
    private static final String INTEGRATOR = "integrator@colca.test";

    private final ApiClient api = new ApiClient();

    // ---------------------------------------------------------------------------------------------- movements

    @Test
    @DisplayName("receipt, sale, return and adjustment each change the stock and write one ledger line")
    void movementsChangeStockAndLedger() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long[] variants = InventoryFixtures.variants(2);
        long v = variants[0];

        Reply receipt = api.post(BASE + "/receipts", api.token(WAREHOUSE),
                change(v, location, 10).add("referenceDoc", "F001-000123").add("notes", "compra").build().toString());
        assertEquals(201, receipt.status(), receipt.toString());
        JsonObject movement = receipt.json().getJsonObject("movement");
        assertEquals("PURCHASE_RECEIPT", movement.getString("type"));
        assertTrue(movement.isNull("fromLocationId"));
        assertEquals(location, movement.getInt("toLocationId"));
        assertEquals("F001-000123", movement.getString("referenceDoc"));
        assertFalse(movement.isNull("userId"), "the user who did it is recorded");
        assertEquals(10, receipt.json().getJsonObject("stock").getInt("onHand"));
        assertNotNull(receipt.header("Location"));
        Reply line = api.get(receipt.header("Location"), api.token(CASHIER));
        assertEquals(200, line.status(), line.toString());
        assertEquals(movement.getJsonNumber("id").longValue(), line.json().getJsonNumber("id").longValue());

        Reply sale = api.post(BASE + "/sales", api.token(CASHIER), change(v, location, 3).build().toString());
        assertEquals(201, sale.status(), sale.toString());
        assertEquals("SALE", sale.json().getJsonObject("movement").getString("type"));
        assertEquals(location, sale.json().getJsonObject("movement").getInt("fromLocationId"));
        assertEquals(7, sale.json().getJsonObject("stock").getInt("onHand"));

        Reply back = api.post(BASE + "/returns", api.token(CASHIER), change(v, location, 1).build().toString());
        assertEquals(201, back.status(), back.toString());
        assertEquals("CUSTOMER_RETURN", back.json().getJsonObject("movement").getString("type"));

        Reply adjusted = api.post(BASE + "/adjustments", api.token(WAREHOUSE), change(v, location, -2)
                .add("reason", "mercadería dañada").build().toString());
        assertEquals(201, adjusted.status(), adjusted.toString());
        assertEquals("mercadería dañada", adjusted.json().getJsonObject("movement").getString("notes"));
        assertEquals(6, adjusted.json().getJsonObject("stock").getInt("onHand"));
        assertEquals(1, InventoryFixtures.number("SELECT count(*) FROM audit_logs WHERE entity_table = 'inventory_stock'"
                + " AND action = 'ADJUST' AND new_values ->> 'movementId' = ?",
                String.valueOf(adjusted.json().getJsonObject("movement").getJsonNumber("id").longValue())),
                "adjustments are audited");

        long[] stock = InventoryFixtures.stock(v, location);
        assertEquals(6, stock[0]);
        assertEquals(6, InventoryFixtures.ledgerSum(v, location));
        assertEquals(4, InventoryFixtures.movements(v));

        // stock queries
        Reply pair = api.get(BASE + "/locations/" + location + "/stock/" + v, api.token(INTEGRATOR));
        assertEquals(200, pair.status(), pair.toString());
        assertEquals(6, pair.json().getInt("available"));
        Reply never = api.get(BASE + "/locations/" + location + "/stock/" + variants[1], api.token(INTEGRATOR));
        assertEquals(0, never.json().getInt("onHand"), "a variant that never entered has zero stock");
        Reply byVariant = api.get(BASE + "/variants/" + v + "/stock", api.token(INTEGRATOR));
        assertEquals(200, byVariant.status(), byVariant.toString());
        try (var reader = Json.createReader(new java.io.StringReader(byVariant.body()))) {
            var rows = reader.readArray();
            assertEquals(1, rows.size(), byVariant.body());
            assertEquals(6, rows.getJsonObject(0).getInt("onHand"));
        }
        api.post(BASE + "/receipts", api.token(WAREHOUSE), change(variants[1], location, 1).build().toString());
        Reply page = api.get(BASE + "/locations/" + location + "/stock?limit=1", api.token(INTEGRATOR));
        assertEquals(200, page.status(), page.toString());
        assertEquals(2, page.json().getInt("total"));
        assertEquals(1, page.json().getJsonArray("items").size());
        assertTrue(page.links().containsKey("next"), page.headers().map().toString());
        Reply inStock = api.get(BASE + "/locations/" + location + "/stock?inStock=true&variantId=" + v,
                api.token(INTEGRATOR));
        assertEquals(1, inStock.json().getInt("total"));

        // the ledger: newest first, filters
        Reply lines = api.get(BASE + "/movements?variantId=" + v, api.token(INTEGRATOR));
        assertEquals(200, lines.status(), lines.toString());
        assertEquals(4, lines.json().getInt("total"));
        assertEquals("ADJUSTMENT", lines.json().getJsonArray("items").getJsonObject(0).getString("type"));
        Reply sales = api.get(BASE + "/movements?variantId=" + v + "&type=sale&locationId=" + location,
                api.token(INTEGRATOR));
        assertEquals(1, sales.json().getInt("total"));
        Reply future = api.get(BASE + "/movements?variantId=" + v + "&from=" + Instant.now().plus(Duration.ofDays(1)),
                api.token(INTEGRATOR));
        assertEquals(0, future.json().getInt("total"));
        Reply today = api.get(BASE + "/movements?locationId=" + location + "&from=2020-01-01&to="
                + Instant.now().plus(Duration.ofMinutes(5)) + "&order=asc", api.token(INTEGRATOR));
        assertEquals(5, today.json().getInt("total"));
        assertEquals("PURCHASE_RECEIPT", today.json().getJsonArray("items").getJsonObject(0).getString("type"));

        Reply reconciliation = api.get(BASE + "/reconciliation?locationId=" + location, api.token(INTEGRATOR));
        assertEquals(200, reconciliation.status(), reconciliation.toString());
        assertTrue(reconciliation.json().getBoolean("consistent"), reconciliation.toString());
    }

    @Test
    @DisplayName("selling more than available is a 409 with available; nothing written")
    void shortSaleIsRefused() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        api.post(BASE + "/receipts", api.token(WAREHOUSE), change(v, location, 4).build().toString());
        Reply reserved = api.post(BASE + "/reservations", api.token(INTEGRATOR), reservation(v, location, 1)
                .build().toString());
        assertEquals(201, reserved.status(), reserved.toString());

        Reply sale = api.post(BASE + "/sales", api.token(CASHIER), change(v, location, 4).build().toString());
        assertProblem(sale, 409, "insufficient-stock");
        assertEquals(3, sale.json().getInt("available"), "reserved units are not available");
        Reply adjust = api.post(BASE + "/adjustments", api.token(WAREHOUSE), change(v, location, -5)
                .add("reason", "robo").build().toString());
        assertProblem(adjust, 409, "insufficient-stock");
        Reply never = api.post(BASE + "/sales", api.token(CASHIER),
                change(InventoryFixtures.variants(1)[0], location, 1).build().toString());
        assertProblem(never, 409, "insufficient-stock");
        assertEquals(0, never.json().getInt("available"));

        assertEquals(4, InventoryFixtures.stock(v, location)[0]);
        assertEquals(1, InventoryFixtures.movements(v), "only the receipt");
    }

    @Test
    @DisplayName("inactive locations accept no movements; non-selling locations no sales or reservations (422)")
    void locationRules() throws Exception {
        int inactive = InventoryFixtures.location(false, true);
        int warehouse = InventoryFixtures.location(true, false);
        long v = InventoryFixtures.variants(1)[0];

        assertProblem(api.post(BASE + "/receipts", api.token(WAREHOUSE), change(v, inactive, 1).build().toString()),
                422, "location-inactive");
        Reply received = api.post(BASE + "/receipts", api.token(WAREHOUSE), change(v, warehouse, 5).build().toString());
        assertEquals(201, received.status(), received.toString());
        assertProblem(api.post(BASE + "/sales", api.token(CASHIER), change(v, warehouse, 1).build().toString()),
                422, "location-not-selling");
        assertProblem(api.post(BASE + "/reservations", api.token(INTEGRATOR), reservation(v, warehouse, 1).build()
                .toString()), 422, "location-not-selling");
        assertNull(InventoryFixtures.stock(v, inactive));
        assertEquals(1, InventoryFixtures.movements(v));
    }

    // ---------------------------------------------------------------------------------------------- reservations

    @Test
    @DisplayName("reserve, read, extend, release; reserve and convert into a sale atomically")
    void reservationLifecycle() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        api.post(BASE + "/receipts", api.token(WAREHOUSE), change(v, location, 10).build().toString());
        String token = api.token(INTEGRATOR);

        Reply held = api.post(BASE + "/reservations", token, reservation(v, location, 2).build().toString());
        assertEquals(201, held.status(), held.toString());
        long id = held.json().getJsonNumber("id").longValue();
        Instant expires = Instant.parse(held.json().getString("expiresAt"));
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofMinutes(14))), "default TTL is 15 minutes");
        assertTrue(expires.isBefore(Instant.now().plus(Duration.ofMinutes(16))));
        assertEquals(2, InventoryFixtures.stock(v, location)[1]);
        assertEquals(200, api.get(held.header("Location"), token).status());

        Reply extended = api.post(BASE + "/reservations/" + id + "/extend", token, "{}");
        assertEquals(200, extended.status(), extended.toString());
        assertFalse(Instant.parse(extended.json().getString("expiresAt")).isBefore(expires));
        Reply extendedPut = api.put(BASE + "/reservations/" + id + "/expiry", token, "{\"ttlSeconds\": 60}");
        assertEquals(200, extendedPut.status(), extendedPut.toString());
        assertFalse(Instant.parse(extendedPut.json().getString("expiresAt")).isBefore(expires), "never shortened");

        assertEquals(204, api.delete(BASE + "/reservations/" + id, token).status());
        assertEquals(0, InventoryFixtures.stock(v, location)[1], "released");
        assertProblem(api.delete(BASE + "/reservations/" + id, token), 404, "not-found");
        assertProblem(api.get(BASE + "/reservations/" + id, token), 404, "not-found");

        Reply second = api.post(BASE + "/reservations", token, reservation(v, location, 3).build().toString());
        long secondId = second.json().getJsonNumber("id").longValue();
        Reply converted = api.post(BASE + "/reservations/" + secondId + "/convert", token,
                "{\"referenceDoc\": \"B001-77\"}");
        assertEquals(201, converted.status(), converted.toString());
        assertEquals("SALE", converted.json().getJsonObject("movement").getString("type"));
        assertEquals("B001-77", converted.json().getJsonObject("movement").getString("referenceDoc"));
        assertEquals(7, converted.json().getJsonObject("stock").getInt("onHand"));
        assertEquals(0, converted.json().getJsonObject("stock").getInt("reserved"));
        long[] stock = InventoryFixtures.stock(v, location);
        assertEquals(7, stock[0]);
        assertEquals(0, stock[1]);
        assertEquals(0, InventoryFixtures.reservations(v));
        assertProblem(api.post(BASE + "/reservations/" + secondId + "/convert", token, "{}"), 404, "not-found");
        assertProblem(api.delete(BASE + "/reservations/" + secondId, token), 404, "not-found");
        assertEquals(7, InventoryFixtures.ledgerSum(v, location));
    }

    @Test
    @DisplayName("TTL: an expired reservation is released by the sweep; a converted one is not released again")
    void expiredReservationsAreSwept() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        api.post(BASE + "/receipts", api.token(WAREHOUSE), change(v, location, 10).build().toString());
        String token = api.token(INTEGRATOR);

        Reply capped = api.post(BASE + "/reservations", token, reservation(v, location, 1).add("ttlSeconds", 86_400)
                .build().toString());
        assertEquals(201, capped.status(), capped.toString());
        assertTrue(Instant.parse(capped.json().getString("expiresAt")).isBefore(Instant.now().plus(Duration.ofMinutes(16))),
                "a TTL longer than the configured one is capped");
        api.delete(BASE + "/reservations/" + capped.json().getJsonNumber("id").longValue(), token);

        Reply expiring = api.post(BASE + "/reservations", token, reservation(v, location, 2).add("ttlSeconds", 1)
                .build().toString());
        assertEquals(201, expiring.status(), expiring.toString());
        Reply converting = api.post(BASE + "/reservations", token, reservation(v, location, 3).add("ttlSeconds", 1)
                .build().toString());
        assertEquals(201, converting.status(), converting.toString());
        long expiringId = expiring.json().getJsonNumber("id").longValue();
        long convertingId = converting.json().getJsonNumber("id").longValue();
        assertEquals(201, api.post(BASE + "/reservations/" + convertingId + "/convert", token, "{}").status());
        assertEquals(2, InventoryFixtures.stock(v, location)[1]);

        Thread.sleep(1_500);
        assertProblem(api.post(BASE + "/reservations/expired/release", api.token(CASHIER), null), 403, "forbidden");
        Reply swept = api.post(BASE + "/reservations/expired/release", api.token(WAREHOUSE), null);
        assertEquals(200, swept.status(), swept.toString());
        // the every-minute timer may have swept it first: the state is what counts
        assertProblem(api.get(BASE + "/reservations/" + expiringId, token), 404, "not-found");
        long[] stock = InventoryFixtures.stock(v, location);
        assertEquals(7, stock[0], "the converted units left once");
        assertEquals(0, stock[1], "the expired units are available again");
        assertEquals(0, InventoryFixtures.reservations(v));
        assertEquals(7, InventoryFixtures.ledgerSum(v, location));
        assertProblem(api.post(BASE + "/reservations/" + expiringId + "/extend", token, "{}"), 404, "not-found");
    }

    // ---------------------------------------------------------------------------------------------- bad input, permissions

    @Test
    @DisplayName("bad input is a 400 naming the fields, and nothing is written")
    void badInput() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        String w = api.token(WAREHOUSE);
        String i = api.token(INTEGRATOR);

        assertFields(api.post(BASE + "/receipts", w, change(v, location, 0).build().toString()), "quantity");
        assertFields(api.post(BASE + "/receipts", w, change(v, location, 2_000_000).build().toString()), "quantity");
        assertFields(api.post(BASE + "/receipts", w, "{\"variantId\": \"x\", \"locationId\": " + location
                + ", \"quantity\": 1.5, \"color\": \"red\"}"), "variantId", "quantity", "color");
        assertFields(api.post(BASE + "/receipts", w, "{\"quantity\": 1}"), "variantId", "locationId");
        assertFields(api.post(BASE + "/receipts", w, change(v, location, 1).add("referenceDoc", "x".repeat(101))
                .build().toString()), "referenceDoc");
        assertFields(api.post(BASE + "/receipts", w, change(v + 1_000_000_000L, location, 1).build().toString()),
                "variantId");
        assertFields(api.post(BASE + "/receipts", w, change(v, 2_000_000_000, 1).build().toString()), "locationId");
        assertProblem(api.post(BASE + "/receipts", w, "{\"variantId\": "), 400, "malformed-json");
        assertFields(api.post(BASE + "/adjustments", w, change(v, location, 0).add("reason", "x").build().toString()),
                "quantity");
        assertFields(api.post(BASE + "/adjustments", w, change(v, location, 5).build().toString()), "reason");
        assertFields(api.post(BASE + "/adjustments", w, change(v, location, 5).add("reason", "  ").build().toString()),
                "reason");
        assertFields(api.post(BASE + "/reservations", i, change(v, location, 1).build().toString()), "sessionId");
        assertFields(api.post(BASE + "/reservations", i, reservation(v, location, 1).add("ttlSeconds", 0).build()
                .toString()), "ttlSeconds");
        assertFields(api.post(BASE + "/reservations", i, reservation(v, location, -1).build().toString()), "quantity");
        assertFields(api.post(BASE + "/reservations", i, reservation(v + 1_000_000_000L, location, 1).build()
                .toString()), "variantId");
        assertFields(api.get(BASE + "/movements?variantId=abc&type=LOST&from=yesterday", i),
                "variantId", "type", "from");
        assertFields(api.get(BASE + "/locations/" + location + "/stock?inStock=maybe&limit=0", i), "inStock", "limit");

        assertNull(InventoryFixtures.stock(v, location), "no stock row");
        assertEquals(0, InventoryFixtures.movements(v), "no ledger line");
        assertEquals(0, InventoryFixtures.reservations(v), "no reservation");
    }

    @Test
    @DisplayName("a user without the permission gets 403 and nothing is written")
    void permissions() throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        String body = change(v, location, 5).build().toString();

        assertProblem(api.post(BASE + "/receipts", api.token(INTEGRATOR), body), 403, "forbidden");
        assertProblem(api.post(BASE + "/receipts", api.token(CASHIER), body), 403, "forbidden");
        assertProblem(api.post(BASE + "/adjustments", api.token(CASHIER), change(v, location, 5)
                .add("reason", "x").build().toString()), 403, "forbidden");
        assertProblem(api.post(BASE + "/sales", api.token(INTEGRATOR), body), 403, "forbidden");
        assertProblem(api.post(BASE + "/reservations", api.token(WAREHOUSE), reservation(v, location, 1).build()
                .toString()), 403, "forbidden");
        assertProblem(api.get(BASE + "/movements", api.token("accountant@colca.test")), 403, "forbidden");
        assertProblem(api.get(BASE + "/movements", null), 401, "unauthorized");
        assertNull(InventoryFixtures.stock(v, location));
        assertEquals(0, InventoryFixtures.movements(v));

        assertEquals(201, api.post(BASE + "/receipts", api.token(ADMIN), body).status());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static JsonObjectBuilder change(long variant, int location, int quantity) {
        return Json.createObjectBuilder().add("variantId", variant).add("locationId", location)
                .add("quantity", quantity);
    }

    private static JsonObjectBuilder reservation(long variant, int location, int quantity) {
        return change(variant, location, quantity).add("sessionId", "cart-" + InventoryFixtures.suffix());
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals(type, reply.problemType(), reply.toString());
    }

    private static void assertFields(Reply reply, String... fields) {
        assertProblem(reply, 400, "invalid-input");
        assertEquals(Set.of(fields), reply.fieldErrors().keySet(), reply.toString());
    }
}
