package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
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
 * Separation of duties (issue 10, V17 settings, on by default): each rule refused (403/422
 * problem+json, nothing changes), allowed for the right user or with the override permission, and
 * allowed again when its setting is turned off.
 */
class SeparationOfDutiesApiIT extends ClientIntegration {

    private static final String BASE = "/api/v1/inventory";
    private static final String SETTINGS = "/api/v1/settings/";
    private static final TestData DATA = TestData.client();
    private final ApiClient api = new ApiClient();

    private static long variant;
    private static NewLocation origin;
    private static NewLocation destination;

    @BeforeAll
    static void data() throws Exception {
        variant = DATA.product().create().variant(0).id();
        origin = DATA.location().name("Origen SoD").create();
        destination = DATA.location().name("Destino SoD").create();
        DATA.stock(variant, origin.id(), 50);
    }

    // ---------------------------------------------------------------------------------------------- counts

    @Test
    @DisplayName("the submitter of a count cannot approve it (422 count-self-approval); another approver can; off: he can")
    void countApproverIsNotTheSubmitter() throws Exception {
        NewUser counter = DATA.user().permissions("api.access", "inventory.view", "inventory.count",
                "inventory.count.approve").create();
        NewUser approver = DATA.user().permissions("api.access", "inventory.view", "inventory.count.approve").create();
        String token = api.token(counter);

        Reply submitted = submittedCount(token);
        String path = BASE + "/counts/" + submitted.json().getJsonNumber("id").longValue() + "/approve";
        Reply self = api.post(path, token, "{}", "If-Match", submitted.header("ETag"));
        assertEquals(422, self.status(), self.toString());
        assertEquals("count-self-approval", self.problemType());
        assertEquals("SUBMITTED", status("inventory_counts", submitted.json().getJsonNumber("id").longValue()));

        Reply other = api.post(path, api.token(approver), "{}", "If-Match", submitted.header("ETag"));
        assertEquals(200, other.status(), other.toString());

        withSetting("inventory.count.approver_not_submitter", () -> {
            Reply again = submittedCount(token);
            Reply own = api.post(BASE + "/counts/" + again.json().getJsonNumber("id").longValue() + "/approve", token,
                    "{}", "If-Match", again.header("ETag"));
            assertEquals(200, own.status(), own.toString());
        });
    }

    private Reply submittedCount(String token) throws Exception {
        NewLocation at = DATA.location().create();
        DATA.stock(variant, at.id(), 3);
        Reply started = api.post(BASE + "/counts", token, Json.createObjectBuilder().add("locationId", at.id())
                .add("scope", "ALL").build().toString());
        assertEquals(201, started.status(), started.toString());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals(200, api.put(BASE + "/counts/" + id + "/lines/" + variant, token, "{\"counted\":2}").status());
        Reply read = api.get(BASE + "/counts/" + id, token);
        Reply submitted = api.post(BASE + "/counts/" + id + "/submit", token, "", "If-Match", read.header("ETag"));
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted;
    }

    // ---------------------------------------------------------------------------------------------- transfers

    @Test
    @DisplayName("a transfer is received by a user of the destination (403 for the origin's user); off: the origin may")
    void transferIsReceivedAtTheDestination() throws Exception {
        String[] permissions = {"api.access", "inventory.view", "inventory.location.view", "inventory.transfer"};
        String sender = api.token(DATA.scopedUser(List.of(origin), permissions));
        String receiver = api.token(DATA.scopedUser(List.of(destination), permissions));

        JsonObject sent = dispatched(sender);
        long id = sent.getJsonNumber("id").longValue();
        long[] before = InventoryFixtures.stock(variant, destination.id());
        Reply byOrigin = receive(sender, sent);
        assertEquals(403, byOrigin.status(), byOrigin.toString());
        assertEquals("transfer-receiver-not-at-destination", byOrigin.problemType());
        assertArrayEquals(before, InventoryFixtures.stock(variant, destination.id()), "nothing received");
        assertEquals("DISPATCHED", status("inventory_transfers", id));

        Reply byDestination = receive(receiver, sent);
        assertEquals(200, byDestination.status(), byDestination.toString());
        assertEquals("RECEIVED", byDestination.json().getString("status"));

        withSetting("inventory.transfer.receiver_at_destination", () -> {
            Reply own = receive(sender, dispatched(sender));
            assertEquals(200, own.status(), "without the rule a user of the origin records the receipt: " + own);
        });
    }

    private JsonObject dispatched(String token) {
        Reply draft = api.post(BASE + "/transfers", token, Json.createObjectBuilder().add("fromLocationId", origin.id())
                .add("toLocationId", destination.id()).add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("variantId", variant).add("quantity", 2))).build().toString());
        assertEquals(201, draft.status(), draft.toString());
        Reply sent = api.post(BASE + "/transfers/" + draft.json().getJsonNumber("id").longValue() + "/dispatch", token,
                "", "If-Match", draft.header("ETag"));
        assertEquals(200, sent.status(), sent.toString());
        return Json.createObjectBuilder(sent.json()).add("etag", sent.header("ETag")).build();
    }

    private Reply receive(String token, JsonObject transfer) {
        long line = transfer.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
        return api.post(BASE + "/transfers/" + transfer.getJsonNumber("id").longValue() + "/receipts", token,
                Json.createObjectBuilder().add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("lineId", line).add("quantity", 2))).build().toString(),
                "If-Match", transfer.getString("etag"));
    }

    // ---------------------------------------------------------------------------------------------- reservations

    @Test
    @DisplayName("only its creator extends, releases or converts a reservation (403), or an override holder; off: anyone")
    void reservationsAreTheirCreators() throws Exception {
        String[] permissions = {"api.access", "inventory.view", "inventory.reserve"};
        String creator = api.token(DATA.user().permissions(permissions).create());
        String other = api.token(DATA.user().permissions(permissions).create());
        String override = api.token(DATA.user().permissions("api.access", "inventory.view", "inventory.reserve",
                "inventory.reserve.override").create());

        long id = reserve(creator);
        long[] before = InventoryFixtures.stock(variant, origin.id());
        for (Reply refused : List.of(api.post(BASE + "/reservations/" + id + "/extend", other, "{}"),
                api.delete(BASE + "/reservations/" + id, other),
                api.post(BASE + "/reservations/" + id + "/convert", other, "{}"))) {
            assertEquals(403, refused.status(), refused.toString());
            assertEquals("reservation-of-another-user", refused.problemType());
        }
        assertArrayEquals(before, InventoryFixtures.stock(variant, origin.id()), "nothing released or sold");
        assertEquals(1, DATA.number("SELECT count(*) FROM inventory_reservations WHERE id = ?", id));

        assertEquals(200, api.post(BASE + "/reservations/" + id + "/extend", creator, "{}").status());
        assertEquals(204, api.delete(BASE + "/reservations/" + id, override).status(), "the override releases it");
        assertEquals(0, DATA.number("SELECT count(*) FROM inventory_reservations WHERE id = ?", id));

        withSetting("inventory.reservation.creator_only", () -> {
            long mine = reserve(creator);
            assertEquals(204, api.delete(BASE + "/reservations/" + mine, other).status());
        });
    }

    private long reserve(String token) {
        Reply held = api.post(BASE + "/reservations", token, Json.createObjectBuilder().add("variantId", variant)
                .add("locationId", origin.id()).add("quantity", 1).add("sessionId", "cart-" + TestData.suffix())
                .build().toString());
        assertEquals(201, held.status(), held.toString());
        return held.json().getJsonNumber("id").longValue();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    interface Step {
        void run() throws Exception;
    }

    /** Runs {@code step} with the boolean setting off (through the settings API), then turns it on again. */
    private void withSetting(String key, Step step) throws Exception {
        put(key, false);
        try {
            step.run();
        } finally {
            put(key, true);
        }
    }

    private void put(String key, boolean value) {
        String admin = api.token("admin@colca.test");
        Reply current = api.get(SETTINGS + key, admin);
        assertEquals(200, current.status(), current.toString());
        Reply saved = api.put(SETTINGS + key, admin, "{\"value\": " + value + "}", "If-Match", current.header("ETag"));
        assertEquals(200, saved.status(), saved.toString());
    }

    private static String status(String table, long id) throws Exception {
        return DATA.string("SELECT status FROM " + table + " WHERE id = ?", id);
    }
}
