package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewUser;

/**
 * Store scope in the API (issue 10): a store user of A acts and sees only at A. Every action at B is
 * a 403 {@code out-of-scope} naming B and changes nothing; lists leave B out; a user without
 * locations acts nowhere; a holder of {@code security.scope.all} acts everywhere.
 */
class StoreScopeApiIT extends ClientIntegration {

    private static final String BASE = "/api/v1/inventory";
    private static final String[] STORE_USER = {"api.access", "inventory.view", "inventory.location.view",
        "inventory.receive", "inventory.adjust", "order.fulfill", "inventory.reserve", "inventory.transfer",
        "inventory.count", "inventory.alert.edit"};

    private static final TestData DATA = TestData.client();
    private final ApiClient api = new ApiClient();

    private static NewLocation storeA;
    private static NewLocation storeB;
    private static long variant;
    private static NewUser userOfA;

    @BeforeAll
    static void stores() throws Exception {
        storeA = DATA.location().name("Tienda A scope").create();
        storeB = DATA.location().name("Tienda B scope").create();
        variant = DATA.product().create().variant(0).id();
        DATA.stock(variant, storeA.id(), 20);
        DATA.stock(variant, storeB.id(), 20);
        userOfA = DATA.scopedUser(List.of(storeA), STORE_USER);
    }

    @Test
    @DisplayName("a user of store A posts no sale, return, receipt, adjustment, reservation, transfer or count at B: 403, nothing changes")
    void actionsAtAnotherStoreAre403() throws Exception {
        String token = api.token(userOfA);
        long movements = movements();
        long[] stockOfB = InventoryFixtures.stock(variant, storeB.id());
        long reservations = reservations();
        long transfers = DATA.number("SELECT count(*) FROM inventory_transfers WHERE from_location_id = ?", storeB.id());
        long counts = DATA.number("SELECT count(*) FROM inventory_counts WHERE location_id = ?", storeB.id());

        refused(api.post(BASE + "/sales", token, change(storeB, 1).build().toString()));
        refused(api.post(BASE + "/returns", token, change(storeB, 1).build().toString()));
        refused(api.post(BASE + "/receipts", token, change(storeB, 1).build().toString()));
        refused(api.post(BASE + "/adjustments", token, change(storeB, -1).add("reason", "rotura").build().toString()));
        refused(api.post(BASE + "/reservations", token, change(storeB, 1).add("sessionId", "cart-" + TestData.suffix())
                .build().toString()));
        refused(api.post(BASE + "/transfers", token, transfer(storeB, storeA)));
        refused(api.post(BASE + "/counts", token, Json.createObjectBuilder().add("locationId", storeB.id())
                .add("scope", "ALL").build().toString()));
        refused(api.put(BASE + "/alerts/variants/" + variant + "/locations/" + storeB.id(), token, "{\"threshold\": 3}"));

        assertArrayEquals(stockOfB, InventoryFixtures.stock(variant, storeB.id()), "B's stock is untouched");
        assertEquals(movements, movements());
        assertEquals(reservations, reservations());
        assertEquals(transfers, DATA.number("SELECT count(*) FROM inventory_transfers WHERE from_location_id = ?",
                storeB.id()));
        assertEquals(counts, DATA.number("SELECT count(*) FROM inventory_counts WHERE location_id = ?", storeB.id()));

        // the same user at his own store: allowed (and a transfer from A may go to B)
        assertEquals(201, api.post(BASE + "/sales", token, change(storeA, 1).build().toString()).status());
        Reply held = api.post(BASE + "/reservations", token, change(storeA, 1).add("sessionId", "cart-"
                + TestData.suffix()).build().toString());
        assertEquals(201, held.status(), held.toString());
        Reply sent = api.post(BASE + "/transfers", token, transfer(storeA, storeB));
        assertEquals(201, sent.status(), sent.toString());
    }

    @Test
    @DisplayName("the refusal is problem+json out-of-scope naming the location, in Spanish or English")
    void refusalNamesTheLocation() throws Exception {
        Reply es = api.post(BASE + "/receipts", api.token(userOfA), change(storeB, 1).build().toString());
        assertEquals(403, es.status(), es.toString());
        assertTrue(es.contentType().startsWith(ApiClient.PROBLEM_JSON), es.contentType());
        assertEquals("out-of-scope", es.problemType());
        assertTrue(es.json().getString("detail").contains(String.valueOf(storeB.id())), es.toString());
        assertTrue(es.json().getString("detail").startsWith("No opera"), es.toString());
        Reply en = api.post(BASE + "/receipts", api.token(userOfA), change(storeB, 1).build().toString(),
                "Accept-Language", "en");
        assertTrue(en.json().getString("detail").startsWith("You do not act"), en.toString());
    }

    @Test
    @DisplayName("lists and look-ups show only the user's store: locations, stock, ledger, transfers, counts, alerts")
    void listsLeaveOtherStoresOut() throws Exception {
        String token = api.token(userOfA);
        String admin = api.token("admin@colca.test");
        // something at B the admin can see: a transfer B → another store, a count, a threshold
        NewLocation storeC = DATA.location().name("Tienda C scope").create();
        assertEquals(201, api.post(BASE + "/transfers", admin, transfer(storeB, storeC)).status());
        assertEquals(201, api.post(BASE + "/counts", admin, Json.createObjectBuilder().add("locationId", storeB.id())
                .add("scope", "ALL").build().toString()).status());
        assertEquals(201, api.put(BASE + "/alerts/variants/" + variant + "/locations/" + storeB.id(), admin,
                "{\"threshold\": 2}").status());

        Set<Long> locations = ids(api.get("/api/v1/locations?limit=100", token), "id");
        assertEquals(Set.of((long) storeA.id()), locations, "only A");
        assertTrue(ids(api.get("/api/v1/locations?limit=100&q=scope", admin), "id").contains((long) storeB.id()));
        refused(api.get("/api/v1/locations/" + storeB.id(), token));
        refused(api.get(BASE + "/locations/" + storeB.id() + "/stock", token));
        refused(api.get(BASE + "/locations/" + storeB.id() + "/stock/" + variant, token));

        Reply stock = api.get(BASE + "/variants/" + variant + "/stock", token);
        assertEquals(200, stock.status(), stock.toString());
        for (JsonValue row : Json.createReader(new StringReader(stock.body())).readArray()) {
            assertEquals(storeA.id(), row.asJsonObject().getInt("locationId"), stock.toString());
        }
        Reply ledger = api.get(BASE + "/movements?variantId=" + variant + "&limit=100", token);
        assertEquals(200, ledger.status(), ledger.toString());
        assertEquals(0, api.get(BASE + "/movements?locationId=" + storeB.id(), token).json().getInt("total"));
        assertTrue(ledger.json().getInt("total") > 0, "A's own lines are listed");

        assertFalse(ids(api.get(BASE + "/transfers?limit=100", token), "fromLocationId").contains((long) storeB.id()));
        assertEquals(0, api.get(BASE + "/counts?locationId=" + storeB.id(), token).json().getInt("total"));
        assertEquals(0, api.get(BASE + "/alerts?locationId=" + storeB.id(), token).json().getInt("total"));
        assertEquals(1, api.get(BASE + "/alerts?locationId=" + storeB.id(), admin).json().getInt("total"));
    }

    @Test
    @DisplayName("a store user without locations acts nowhere and sees no location; scope.all acts everywhere")
    void noLocationsMeansNowhere() throws Exception {
        NewUser nowhere = DATA.scopedUser(List.of(), STORE_USER);
        String token = api.token(nowhere);
        assertEquals(0, api.get("/api/v1/locations", token).json().getInt("total"));
        refused(api.post(BASE + "/receipts", token, change(storeA, 1).build().toString()));

        NewUser everywhere = DATA.user().permissions(STORE_USER).create(); // TestData's default: security.scope.all
        Reply atB = api.post(BASE + "/receipts", api.token(everywhere), change(storeB, 1).build().toString());
        assertEquals(201, atB.status(), atB.toString());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static void refused(Reply reply) {
        assertEquals(403, reply.status(), reply.toString());
        assertEquals("out-of-scope", reply.problemType(), reply.toString());
    }

    private static JsonObjectBuilder change(NewLocation at, int quantity) {
        return Json.createObjectBuilder().add("variantId", variant).add("locationId", at.id()).add("quantity", quantity);
    }

    private static String transfer(NewLocation from, NewLocation to) {
        return Json.createObjectBuilder().add("fromLocationId", from.id()).add("toLocationId", to.id())
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("variantId", variant)
                        .add("quantity", 1))).build().toString();
    }

    private static Set<Long> ids(Reply page, String field) {
        assertEquals(200, page.status(), page.toString());
        Set<Long> ids = new HashSet<>();
        for (JsonValue item : page.json().getJsonArray("items")) {
            ids.add(item.asJsonObject().getJsonNumber(field).longValue());
        }
        return ids;
    }

    private static long movements() throws Exception {
        return DATA.number("SELECT count(*) FROM inventory_movements WHERE variant_id = ?", variant);
    }

    private static long reservations() throws Exception {
        return DATA.number("SELECT count(*) FROM inventory_reservations WHERE variant_id = ?", variant);
    }
}
