package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.Deployments;
import pe.colca.testing.TestServer;

/**
 * The catalog's sellability rule at inventory's selling paths (issue 8): a variant that is inactive
 * or deleted, or whose product is discontinued or deleted, is refused by {@code POST /sales},
 * {@code POST /reservations} and {@code POST /reservations/{id}/convert} with 422
 * {@code not-for-sale} naming its SKU, and nothing changes; its stock can still be received,
 * returned, adjusted, released, transferred and counted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventorySellabilityIT {

    private static final String BASE = "/api/v1/inventory";
    private static final String WAREHOUSE = "warehouse@colca.test";
    private static final String CASHIER = "cashier@colca.test";
    private static final String INTEGRATOR = "integrator@colca.test";
    private static final String MANAGER = "manager@colca.test";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.colca();
    }

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("inactive variant: sale, reservation and conversion are 422 naming it, nothing changes")
    void inactiveVariant() throws Exception {
        refusedAfter("UPDATE product_variants SET is_active = false WHERE id = ?", false, "inactive", "inactiva");
    }

    @Test
    @DisplayName("discontinued product: sale, reservation and conversion are 422 naming the variant, nothing changes")
    void discontinuedProduct() throws Exception {
        refusedAfter("UPDATE products SET status = 'DISCONTINUED' WHERE id = (SELECT product_id FROM product_variants"
                + " WHERE id = ?)", false, "discontinued", "descontinuado");
    }

    @Test
    @DisplayName("deleted product: sale, reservation and conversion are 422 naming the variant, nothing changes")
    void deletedProduct() throws Exception {
        refusedAfter("UPDATE products SET deleted_at = now(), deletion_reason = 'IT' WHERE id = (SELECT product_id"
                + " FROM product_variants WHERE id = ?)", true, "deleted", "eliminado");
    }

    @Test
    @DisplayName("deleted variant: sale, reservation and conversion are 422 naming it, nothing changes")
    void deletedVariant() throws Exception {
        refusedAfter("UPDATE product_variants SET deleted_at = now(), deletion_reason = 'IT' WHERE id = ?", true,
                "deleted", "eliminada");
    }

    @Test
    @DisplayName("a discontinued product's stock is still received, returned, adjusted, released, transferred and counted")
    void nonSellableStockStillMoves() throws Exception {
        int store = InventoryFixtures.location(true, true);
        int warehouse = InventoryFixtures.location(true, false);
        long v = InventoryFixtures.variants(1)[0];
        String sku = sku(v);
        String w = api.token(WAREHOUSE);
        assertEquals(201, api.post(BASE + "/receipts", w, change(v, store, 10).build().toString()).status());
        Reply held = api.post(BASE + "/reservations", api.token(INTEGRATOR), reservation(v, store, 2).build()
                .toString());
        assertEquals(201, held.status(), held.toString());
        execute("UPDATE products SET status = 'DISCONTINUED' WHERE id = (SELECT product_id FROM product_variants"
                + " WHERE id = ?)", v);

        assertEquals(201, api.post(BASE + "/receipts", w, change(v, store, 3).build().toString()).status());
        assertEquals(201, api.post(BASE + "/returns", api.token(CASHIER), change(v, store, 1).build().toString())
                .status());
        Reply adjusted = api.post(BASE + "/adjustments", w, change(v, store, -1).add("reason", "dañado").build()
                .toString());
        assertEquals(201, adjusted.status(), adjusted.toString());
        Reply released = api.delete(BASE + "/reservations/" + held.json().getJsonNumber("id").longValue(),
                api.token(INTEGRATOR));
        assertEquals(204, released.status(), "a reservation of a product discontinued since is released: " + released);
        assertArrayEquals(new long[] {13, 0}, onHandReserved(v, store));

        // back to the warehouse
        Reply draft = api.post(BASE + "/transfers", w, Json.createObjectBuilder().add("fromLocationId", store)
                .add("toLocationId", warehouse).add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("sku", sku).add("quantity", 13)))
                .build().toString());
        assertEquals(201, draft.status(), draft.toString());
        long transfer = draft.json().getJsonNumber("id").longValue();
        Reply dispatched = api.post(BASE + "/transfers/" + transfer + "/dispatch", w, null, "If-Match",
                draft.header("ETag"));
        assertEquals(200, dispatched.status(), dispatched.toString());
        long line = dispatched.json().getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
        Reply received = api.post(BASE + "/transfers/" + transfer + "/receipts", w, Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lineId", line)
                        .add("quantity", 13))).build().toString(), "If-Match", dispatched.header("ETag"));
        assertEquals(200, received.status(), received.toString());
        assertArrayEquals(new long[] {0, 0}, onHandReserved(v, store));
        assertArrayEquals(new long[] {13, 0}, onHandReserved(v, warehouse));

        // counted there: 12 found
        Reply count = api.post(BASE + "/counts", w, Json.createObjectBuilder().add("locationId", warehouse)
                .add("scope", "SELECTED").add("skus", Json.createArrayBuilder().add(sku)).build().toString());
        assertEquals(201, count.status(), count.toString());
        long id = count.json().getJsonNumber("id").longValue();
        Reply scanned = api.post(BASE + "/counts/" + id + "/scans", w,
                Json.createObjectBuilder().add("code", sku).add("quantity", 12).build().toString());
        assertEquals(200, scanned.status(), scanned.toString());
        Reply current = api.get(BASE + "/counts/" + id, w);
        assertEquals(200, current.status(), current.toString());
        Reply submitted = api.post(BASE + "/counts/" + id + "/submit", w, "", "If-Match", current.header("ETag"));
        assertEquals(200, submitted.status(), submitted.toString());
        Reply approved = api.post(BASE + "/counts/" + id + "/approve", api.token(MANAGER), "{}", "If-Match",
                submitted.header("ETag"));
        assertEquals(200, approved.status(), approved.toString());
        assertArrayEquals(new long[] {12, 0}, onHandReserved(v, warehouse));
        assertEquals(12, InventoryFixtures.ledgerSum(v, warehouse), "every move left its ledger line");
        assertEquals(0, InventoryFixtures.ledgerSum(v, store));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /**
     * Stock and a reservation while the variant sells; then {@code makeUnsellable}; then the three
     * selling calls must each be refused, naming the SKU and the reason, with nothing written.
     */
    private void refusedAfter(String makeUnsellable, boolean deleted, String reasonEn, String reasonEs)
            throws Exception {
        int location = InventoryFixtures.location(true, true);
        long v = InventoryFixtures.variants(1)[0];
        String sku = sku(v);
        String token = api.token(INTEGRATOR);
        assertEquals(201, api.post(BASE + "/receipts", api.token(WAREHOUSE), change(v, location, 10).build()
                .toString()).status());
        Reply held = api.post(BASE + "/reservations", token, reservation(v, location, 2).build().toString());
        assertEquals(201, held.status(), held.toString());
        long reservationId = held.json().getJsonNumber("id").longValue();

        execute(makeUnsellable, v);
        long[] before = InventoryFixtures.stock(v, location);
        long movements = InventoryFixtures.movements(v);

        Reply sale = api.post(BASE + "/sales", api.token(CASHIER), change(v, location, 1).build().toString());
        assertNotForSale(sale, sku, reasonEs);
        Reply reserve = api.post(BASE + "/reservations", token, reservation(v, location, 1).build().toString());
        assertNotForSale(reserve, sku, reasonEs);
        Reply convert = api.post(BASE + "/reservations/" + reservationId + "/convert", token, "{}");
        assertNotForSale(convert, sku, reasonEs);
        Reply english = api.post(BASE + "/sales", api.token(CASHIER), change(v, location, 1).build().toString(),
                "Accept-Language", "en");
        assertNotForSale(english, sku, reasonEn);

        assertArrayEquals(before, InventoryFixtures.stock(v, location), "the stock row is untouched");
        assertEquals(movements, InventoryFixtures.movements(v), "no ledger line");
        assertEquals(1, InventoryFixtures.reservations(v), "the reservation is still there, nothing new");
        Reply still = api.get(BASE + "/reservations/" + reservationId, token);
        assertEquals(200, still.status(), still.toString());
        // the held units go back on release
        assertEquals(204, api.delete(BASE + "/reservations/" + reservationId, token).status());
        assertEquals(0, InventoryFixtures.stock(v, location)[1]);
        if (!deleted) {
            // not deleted: its stock still moves
            assertEquals(201, api.post(BASE + "/receipts", api.token(WAREHOUSE), change(v, location, 1).build()
                    .toString()).status());
        }
    }

    private static void assertNotForSale(Reply reply, String sku, String reason) {
        assertEquals(422, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals("not-for-sale", reply.problemType(), reply.toString());
        String detail = reply.json().getString("detail");
        assertTrue(detail.contains(sku), "the problem names the variant: " + reply);
        assertTrue(detail.contains(reason), "and why: " + reply);
    }

    private static JsonObjectBuilder change(long variant, int location, int quantity) {
        return Json.createObjectBuilder().add("variantId", variant).add("locationId", location)
                .add("quantity", quantity);
    }

    private static JsonObjectBuilder reservation(long variant, int location, int quantity) {
        return change(variant, location, quantity).add("sessionId", "cart-" + InventoryFixtures.suffix());
    }

    private static long[] onHandReserved(long variant, int location) throws SQLException {
        long[] stock = InventoryFixtures.stock(variant, location);
        return stock == null ? new long[] {0, 0} : new long[] {stock[0], stock[1]};
    }

    private static String sku(long variant) throws SQLException {
        try (Connection c = TestServer.jdbc();
             PreparedStatement ps = c.prepareStatement("SELECT sku FROM product_variants WHERE id = ?")) {
            ps.setLong(1, variant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void execute(String sql, long variant) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, variant);
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }
}
