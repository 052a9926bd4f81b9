package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * {@code /api/v1/locations} end to end: HTTP against the deployed EAR, checked in the database.
 * Codes carry a random suffix so reruns against the same database never collide.
 */
class LocationApiIT extends ClientIntegration {

    private static final String PATH = "/api/v1/locations";
    private static final String ADMIN = "admin@colca.test";

    private final ApiClient api = new ApiClient();

    // ---------------------------------------------------------------------------------------------- create / read

    @Test
    @DisplayName("POST creates (201, Location, ETag), GET reads it back with the same ETag, If-None-Match gives 304")
    void createAndGet() throws Exception {
        String code = uniqueCode("NEW");
        Reply created = api.post(PATH, admin(), location(code.toLowerCase(Locale.ROOT), "Tienda Miraflores")
                .add("address", "Av. Larco 345").build().toString());

        assertEquals(201, created.status(), created.toString());
        assertEquals("\"0\"", created.header("ETag"));
        JsonObject body = created.json();
        int id = body.getInt("id");
        assertEquals(TestServer.baseUri().resolve(PATH + "/" + id), URI.create(created.header("Location")));
        assertEquals(code, body.getString("code"), "codes are stored upper case");
        assertEquals("Tienda Miraflores", body.getString("name"));
        assertEquals("Av. Larco 345", body.getString("address"));
        assertEquals("STORE", body.getString("type"));
        assertTrue(body.getBoolean("active"));
        assertTrue(body.getBoolean("allowsSales"), "a store sells unless told otherwise");
        assertEquals(0, body.getJsonNumber("version").longValue());
        assertNotNull(body.getString("createdAt"));
        assertNotNull(body.getString("updatedAt"));
        assertEquals(List.of("id", "code", "name", "address", "type", "active", "allowsSales", "version",
                "createdAt", "updatedAt"), new ArrayList<>(body.keySet()));

        Reply read = api.get(created.header("Location"), cashier());
        assertEquals(200, read.status(), read.toString());
        assertEquals("\"0\"", read.header("ETag"));
        assertEquals(body, read.json());

        Reply notModified = api.get(PATH + "/" + id, cashier(), "If-None-Match", "\"0\"");
        assertEquals(304, notModified.status(), notModified.toString());

        Reply warehouse = api.post(PATH, admin(), location(uniqueCode("WH"), "Almacén Callao")
                .add("type", "WAREHOUSE").build().toString());
        assertEquals(201, warehouse.status(), warehouse.toString());
        assertFalse(warehouse.json().getBoolean("allowsSales"), "a warehouse does not sell unless told otherwise");
        assertTrue(warehouse.json().isNull("address"), "absent address is written as null");
    }

    @Test
    @DisplayName("GET of an unknown or malformed id is a 404 problem")
    void unknownIdIs404() {
        Reply missing = api.get(PATH + "/2147483000", admin());
        assertProblem(missing, 404, "not-found");

        Reply malformed = api.get(PATH + "/abc", admin());
        assertProblem(malformed, 404, "not-found");

        Reply outside = api.get("/api/v1/no-such-thing", admin());
        assertProblem(outside, 404, "not-found");
    }

    // ---------------------------------------------------------------------------------------------- update

    @Test
    @DisplayName("PUT with the current If-Match updates (200, new ETag) and is audited")
    void updateWithCurrentVersion() throws Exception {
        int id = create(uniqueCode("UPD"), "Antes");

        Reply updated = api.put(PATH + "/" + id, warehouse(),
                location(code(id), "Después").add("active", false).build().toString(), "If-Match", "\"0\"");

        assertEquals(200, updated.status(), updated.toString());
        assertEquals("\"1\"", updated.header("ETag"));
        assertEquals("Después", updated.json().getString("name"));
        assertFalse(updated.json().getBoolean("active"));
        assertEquals(1, updated.json().getJsonNumber("version").longValue());
        Map<String, Object> row = row("SELECT name, version, is_active FROM locations WHERE id = ?", id);
        assertEquals("Después", row.get("name"));
        assertEquals(1L, ((Number) row.get("version")).longValue());
        assertEquals(Boolean.FALSE, row.get("is_active"));
        assertEquals(1, count("SELECT count(*) FROM audit_logs WHERE entity_table = 'locations' AND entity_id = ?"
                + " AND action = 'UPDATE' AND user_id = (SELECT id FROM users WHERE email = ?)", String.valueOf(id),
                warehouseEverywhere.email()));
    }

    @Test
    @DisplayName("PUT with a stale If-Match is a 409 stale-version and leaves the row as it was")
    void staleVersionIs409() throws Exception {
        int id = create(uniqueCode("STL"), "Original");
        assertEquals(200, api.put(PATH + "/" + id, admin(), location(code(id), "First edit").build().toString(),
                "If-Match", "\"0\"").status());

        Reply stale = api.put(PATH + "/" + id, admin(), location(code(id), "Lost update").build().toString(),
                "If-Match", "\"0\"");

        assertProblem(stale, 409, "stale-version");
        Map<String, Object> row = row("SELECT name, version FROM locations WHERE id = ?", id);
        assertEquals("First edit", row.get("name"));
        assertEquals(1L, ((Number) row.get("version")).longValue());

        Reply staleDelete = api.delete(PATH + "/" + id + "?reason=" + ApiClient.q("x"), admin(), "If-Match", "\"0\"");
        assertProblem(staleDelete, 409, "stale-version");
        assertNull(row("SELECT deleted_at FROM locations WHERE id = ?", id).get("deleted_at"));
    }

    @Test
    @DisplayName("PUT and DELETE without If-Match are 428; a malformed If-Match is 400")
    void missingIfMatchIs428() throws Exception {
        int id = create(uniqueCode("PRE"), "Sin If-Match");

        assertProblem(api.put(PATH + "/" + id, admin(), location(code(id), "Cambio").build().toString()),
                428, "precondition-required");
        assertProblem(api.delete(PATH + "/" + id + "?reason=test", admin()), 428, "precondition-required");
        assertProblem(api.put(PATH + "/" + id, admin(), location(code(id), "Cambio").build().toString(),
                "If-Match", "\"abc\""), 400, "invalid-if-match");

        Map<String, Object> row = row("SELECT name, version, deleted_at FROM locations WHERE id = ?", id);
        assertEquals("Sin If-Match", row.get("name"));
        assertEquals(0L, ((Number) row.get("version")).longValue());
        assertNull(row.get("deleted_at"));
    }

    // ---------------------------------------------------------------------------------------------- delete

    @Test
    @DisplayName("DELETE with If-Match and a reason: 204, then 404, the row soft-deleted with the reason, audited")
    void deleteWithReason() throws Exception {
        int id = create(uniqueCode("DEL"), "Por cerrar");

        Reply deleted = api.delete(PATH + "/" + id + "?reason=" + ApiClient.q("Local cerrado por remodelación"),
                admin(), "If-Match", "\"0\"");

        assertEquals(204, deleted.status(), deleted.toString());
        assertTrue(deleted.body().isEmpty());
        assertProblem(api.get(PATH + "/" + id, admin()), 404, "not-found");
        Map<String, Object> row = row("SELECT deleted_at, deletion_reason, deleted_by,"
                + " (SELECT id FROM users WHERE email = ?) AS admin_id FROM locations WHERE id = ?", ADMIN, id);
        assertNotNull(row.get("deleted_at"), "still in the table, marked deleted");
        assertEquals("Local cerrado por remodelación", row.get("deletion_reason"));
        assertEquals(((Number) row.get("admin_id")).longValue(), ((Number) row.get("deleted_by")).longValue());

        Map<String, Object> audit = row("SELECT user_id, ip_address, new_values::text AS new_values FROM audit_logs"
                + " WHERE entity_table = 'locations' AND entity_id = ? AND action = 'DELETE'", String.valueOf(id));
        assertEquals(((Number) row.get("admin_id")).longValue(), ((Number) audit.get("user_id")).longValue());
        assertNotNull(audit.get("ip_address"), "the client's IP is recorded");
        assertTrue(String.valueOf(audit.get("new_values")).contains("Local cerrado por remodelación"));
        assertEquals(1, count("SELECT count(*) FROM audit_logs WHERE entity_table = 'locations' AND entity_id = ?"
                + " AND action = 'CREATE'", String.valueOf(id)));

        // the code is free again for a new location
        Reply reuse = api.post(PATH, admin(), location(code(id), "Nueva con el mismo código").build().toString());
        assertEquals(201, reuse.status(), reuse.toString());
    }

    @Test
    @DisplayName("DELETE without a reason is a 400 naming reason; nothing is deleted")
    void deleteWithoutReasonIs400() throws Exception {
        int id = create(uniqueCode("NOR"), "Sin motivo");

        Reply refused = api.delete(PATH + "/" + id, admin(), "If-Match", "\"0\"");
        assertProblem(refused, 400, "invalid-input");
        assertTrue(refused.fieldErrors().containsKey("reason"), refused.toString());

        Reply blank = api.delete(PATH + "/" + id + "?reason=%20%20", admin(), "If-Match", "\"0\"");
        assertProblem(blank, 400, "invalid-input");
        assertNull(row("SELECT deleted_at FROM locations WHERE id = ?", id).get("deleted_at"));
    }

    // ---------------------------------------------------------------------------------------------- refusals

    @Test
    @DisplayName("bad input is a 400 problem with field errors and writes nothing")
    void badInputIs400AndWritesNothing() throws Exception {
        long before = count("SELECT count(*) FROM locations");
        String code = uniqueCode("BAD");

        Reply blankCode = api.post(PATH, admin(), location("  ", "Nombre").build().toString());
        assertProblem(blankCode, 400, "invalid-input");
        assertTrue(blankCode.fieldErrors().containsKey("code"), blankCode.toString());

        Reply longName = api.post(PATH, admin(), location(code, "x".repeat(201)).build().toString());
        assertProblem(longName, 400, "invalid-input");
        assertTrue(longName.fieldErrors().containsKey("name"), longName.toString());

        Reply badType = api.post(PATH, admin(), location(code, "Nombre").add("type", "SHOP").build().toString());
        assertProblem(badType, 400, "invalid-input");
        assertTrue(badType.fieldErrors().get("type").contains("STORE"), badType.toString());

        Reply several = api.post(PATH, admin(), Json.createObjectBuilder().add("code", "bad code!")
                .add("type", "SHOP").add("active", "yes").add("allowSales", true).build().toString());
        assertProblem(several, 400, "invalid-input");
        assertEquals(Set.of("code", "name", "type", "active", "allowSales"), several.fieldErrors().keySet(),
                several.toString());

        Reply malformed = api.post(PATH, admin(), "{\"code\": \"" + code + "\", \"name\": ");
        assertProblem(malformed, 400, "malformed-json");
        assertFalse(malformed.fieldErrors().isEmpty(), malformed.toString());

        Reply notAnObject = api.post(PATH, admin(), "[1, 2]");
        assertProblem(notAnObject, 400, null);

        Reply empty = api.post(PATH, admin(), "");
        assertProblem(empty, 400, null);

        Reply english = api.post(PATH, admin(), location("", "Name").build().toString(), "Accept-Language", "en-US");
        assertProblem(english, 400, "invalid-input");
        assertEquals("Invalid input", english.json().getString("title"));

        assertEquals(before, count("SELECT count(*) FROM locations"), "nothing written");
        assertEquals(0, count("SELECT count(*) FROM locations WHERE code = ?", code));

        int id = create(uniqueCode("BADU"), "Intacto");
        Reply badUpdate = api.put(PATH + "/" + id, admin(), location("", "").build().toString(), "If-Match", "\"0\"");
        assertProblem(badUpdate, 400, "invalid-input");
        assertEquals(Set.of("code", "name"), badUpdate.fieldErrors().keySet(), badUpdate.toString());
        assertEquals("Intacto", row("SELECT name FROM locations WHERE id = ?", id).get("name"));
    }

    @Test
    @DisplayName("a code already in use is a 409 duplicate-key, whatever its case")
    void duplicateCodeIs409() throws Exception {
        String code = uniqueCode("DUP");
        create(code, "Primera");

        Reply duplicate = api.post(PATH, admin(), location(code.toLowerCase(Locale.ROOT), "Segunda").build().toString());

        assertProblem(duplicate, 409, "duplicate-key");
        assertEquals(1, count("SELECT count(*) FROM locations WHERE code = ? AND deleted_at IS NULL", code));

        int other = create(uniqueCode("DUP2"), "Otra");
        Reply renamed = api.put(PATH + "/" + other, admin(), location(code, "Otra").build().toString(),
                "If-Match", "\"0\"");
        assertProblem(renamed, 409, "duplicate-key");
    }

    @Test
    @DisplayName("a user without the permission gets a 403 problem and nothing is written")
    void permissionDeniedIs403() throws Exception {
        long before = count("SELECT count(*) FROM locations");

        Reply cashierCreates = api.post(PATH, cashier(), location(uniqueCode("CSH"), "Caja").build().toString());

        assertProblem(cashierCreates, 403, "forbidden");
        assertEquals(before, count("SELECT count(*) FROM locations"));
        assertEquals(200, api.get(PATH, cashier()).status(), "the cashier may still read");

        int id = create(uniqueCode("WHD"), "No borrable por almacén");
        Reply warehouseDeletes = api.delete(PATH + "/" + id + "?reason=test", warehouse(), "If-Match", "\"0\"");
        assertProblem(warehouseDeletes, 403, "forbidden");
        assertNull(row("SELECT deleted_at FROM locations WHERE id = ?", id).get("deleted_at"));

        Reply accountantReads = api.get(PATH, api.token("accountant@colca.test"));
        assertProblem(accountantReads, 403, "forbidden");
    }

    @Test
    @DisplayName("HTTP-level refusals are problem+json too: 405, 415, 406")
    void httpRefusalsAreProblems() {
        assertProblem(api.send("PATCH", PATH + "/1", admin(), "application/json", "{}"), 405, "method-not-allowed");
        Reply notAllowed = api.send("POST", PATH + "/1", admin(), "application/json", "{}");
        assertProblem(notAllowed, 405, "method-not-allowed");
        assertNotNull(notAllowed.header("Allow"), notAllowed.toString());
        assertProblem(api.send("POST", PATH, admin(), "text/plain", "code=A"), 415, "unsupported-media-type");
        Reply xml = api.send("GET", PATH, admin(), null, null, "Accept", "application/xml");
        assertEquals(406, xml.status(), xml.toString());
        assertFalse(String.valueOf(xml.contentType()).startsWith("text/html"), xml.toString());
    }

    // ---------------------------------------------------------------------------------------------- lists

    @Test
    @DisplayName("lists are paged: total, offset, limit, Link next/prev, sort and order, filters")
    void paging() throws Exception {
        String prefix = "PG" + suffix();
        for (int i = 0; i < 25; i++) {
            JsonObjectBuilder body = location(String.format("%s-%02d", prefix, i), "Paginada " + i)
                    .add("type", i % 5 == 0 ? "WAREHOUSE" : "STORE")
                    .add("active", i % 4 != 0);
            Reply created = api.post(PATH, admin(), body.build().toString());
            assertEquals(201, created.status(), created.toString());
        }
        String query = PATH + "?q=" + prefix + "&sort=code&order=asc";

        Reply first = api.get(query + "&limit=10", cashier());
        assertEquals(200, first.status(), first.toString());
        assertEquals(25, first.json().getJsonNumber("total").longValue());
        assertEquals(0, first.json().getInt("offset"));
        assertEquals(10, first.json().getInt("limit"));
        assertEquals(List.of(prefix + "-00", prefix + "-01"), codes(first).subList(0, 2));
        assertEquals(10, codes(first).size());
        Map<String, URI> links = first.links();
        assertTrue(links.containsKey("next"), first.headers().allValues("Link").toString());
        assertFalse(links.containsKey("prev"));
        assertTrue(links.get("next").getQuery().contains("offset=10"), links.toString());
        assertTrue(links.get("next").getQuery().contains("q=" + prefix), "the filters are kept: " + links);

        Reply second = api.get(links.get("next").toString(), cashier());
        assertEquals(10, second.json().getInt("offset"));
        assertEquals(prefix + "-10", codes(second).get(0));
        assertTrue(second.links().containsKey("prev"));
        assertTrue(second.links().containsKey("next"));

        Reply last = api.get(query + "&limit=10&offset=20", cashier());
        assertEquals(5, codes(last).size());
        assertTrue(last.links().containsKey("prev"));
        assertFalse(last.links().containsKey("next"), last.headers().allValues("Link").toString());

        Reply byDefault = api.get(PATH + "?q=" + prefix, cashier());
        assertEquals(20, byDefault.json().getInt("limit"), "default page size");
        assertEquals(20, codes(byDefault).size());

        Reply descending = api.get(query.replace("order=asc", "order=desc") + "&limit=3", cashier());
        assertEquals(List.of(prefix + "-24", prefix + "-23", prefix + "-22"), codes(descending));

        assertEquals(5, api.get(PATH + "?q=" + prefix + "&type=WAREHOUSE", cashier()).json()
                .getJsonNumber("total").longValue());
        assertEquals(7, api.get(PATH + "?q=" + prefix + "&active=false", cashier()).json()
                .getJsonNumber("total").longValue());
        assertEquals(1, api.get(PATH + "?q=" + prefix.toLowerCase(Locale.ROOT) + "-07", cashier()).json()
                .getJsonNumber("total").longValue());
    }

    @Test
    @DisplayName("bad paging or filter parameters are a 400 naming each parameter")
    void badListParametersAre400() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("limit=0", "limit");
        cases.put("limit=201", "limit");
        cases.put("limit=abc", "limit");
        cases.put("offset=-1", "offset");
        cases.put("sort=price", "sort");
        cases.put("order=up", "order");
        cases.put("type=SHOP", "type");
        cases.put("active=maybe", "active");
        String cashier = cashier();
        cases.forEach((parameters, field) -> {
            Reply reply = api.get(PATH + "?" + parameters, cashier);
            assertProblem(reply, 400, "invalid-input");
            assertTrue(reply.fieldErrors().containsKey(field), parameters + " -> " + reply);
        });
        Reply all = api.get(PATH + "?limit=500&offset=x&sort=zzz&order=sideways", cashier());
        assertEquals(Set.of("limit", "offset", "sort", "order"), all.fieldErrors().keySet(), all.toString());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String admin() {
        return api.token(ADMIN);
    }

    /**
     * The demo cashier and warehouse keeper act only in their stores, and the locations made here
     * are new: these users hold the same location permissions in every store (security.scope.all).
     */
    private static TestData.NewUser cashierEverywhere;
    private static TestData.NewUser warehouseEverywhere;

    private String cashier() throws SQLException {
        if (cashierEverywhere == null) {
            cashierEverywhere = TestData.client().user().permissions("api.access", "inventory.location.view").create();
        }
        return api.token(cashierEverywhere);
    }

    private String warehouse() throws SQLException {
        if (warehouseEverywhere == null) {
            warehouseEverywhere = TestData.client().user()
                    .permissions("api.access", "inventory.location.view", "inventory.location.edit").create();
        }
        return api.token(warehouseEverywhere);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String uniqueCode(String prefix) {
        return "IT-" + prefix + "-" + suffix();
    }

    private static JsonObjectBuilder location(String code, String name) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("type", "STORE");
    }

    private int create(String code, String name) {
        Reply created = api.post(PATH, admin(), location(code, name).build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getInt("id");
    }

    private String code(int id) throws Exception {
        return (String) row("SELECT code FROM locations WHERE id = ?", id).get("code");
    }

    private static List<String> codes(Reply page) {
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code")).toList();
    }

    /** A problem+json answer with this status and (unless null) this type, a title and a detail. */
    static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), "problem+json expected: " + reply);
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply.toString());
        assertTrue(problem.getString("type").startsWith("https://colca.pe/problems/"), reply.toString());
        if (type != null) {
            assertEquals(type, reply.problemType(), reply.toString());
        }
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail", "").isBlank(), reply.toString());
        assertFalse(reply.body().contains("at pe.colca") || reply.body().contains("Exception:"),
                "no stack trace: " + reply);
    }

    private static long count(String sql, Object... params) throws Exception {
        return ((Number) row(sql, params).values().iterator().next()).longValue();
    }

    private static Map<String, Object> row(String sql, Object... params) throws Exception {
        try (Connection db = TestServer.jdbc(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), "no row for " + sql);
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                }
                return row;
            }
        }
    }
}
