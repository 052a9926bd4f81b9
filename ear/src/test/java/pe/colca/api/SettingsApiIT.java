package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.TestServer;

/**
 * {@code /api/v1/settings} end to end. Tests that need a setting of their own insert a row with a
 * random {@code it.settings.*} key and delete it afterwards; the one real setting changed
 * (the price justification threshold) is put back in a finally block.
 */
class SettingsApiIT extends ClientIntegration {

    private static final TestData DATA = TestData.client();

    private static final String PATH = "/api/v1/settings";
    private static final String ADMIN = "admin@colca.test";
    private static final String MANAGER = "manager@colca.test";
    private static final String CASHIER = "cashier@colca.test";
    private static final String THRESHOLD = "catalog.price.justification_threshold_pct";


    private final ApiClient api = new ApiClient();

    // ---------------------------------------------------------------------------------------------- read

    @Test
    @DisplayName("GET a setting: 200 with its ETag (304 on If-None-Match); the list pages and filters by group")
    void readAndList() throws Exception {
        Reply read = api.get(PATH + "/tax.igv.rate", api.token(MANAGER));
        assertEquals(200, read.status(), read.toString());
        JsonObject body = read.json();
        assertEquals(List.of("key", "group", "dataType", "value", "encrypted", "valueSet", "description", "version",
                "updatedAt", "updatedBy"), new ArrayList<>(body.keySet()));
        assertEquals("tax", body.getString("group"));
        assertEquals("DECIMAL", body.getString("dataType"));
        assertEquals(new BigDecimal(text("SELECT value FROM system_settings WHERE setting_key = ?", "tax.igv.rate")),
                new BigDecimal(body.getString("value")));
        assertFalse(body.getBoolean("encrypted"));
        assertEquals("\"" + body.getJsonNumber("version").longValue() + "\"", read.header("ETag"));
        assertEquals(304, api.get(PATH + "/tax.igv.rate", api.token(MANAGER), "If-None-Match", read.header("ETag"))
                .status());

        Reply catalog = api.get(PATH + "?group=catalog&limit=200", api.token(ADMIN));
        assertEquals(200, catalog.status(), catalog.toString());
        List<String> keys = catalog.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("key")).toList();
        assertTrue(keys.contains(THRESHOLD), keys.toString());
        assertTrue(keys.stream().allMatch(k -> k.startsWith("catalog.")), keys.toString());
        assertEquals(keys.stream().sorted().toList(), keys, "key order");
        assertEquals(keys.size(), catalog.json().getInt("total"));

        Reply searched = api.get(PATH + "?q=" + ApiClient.q("JUSTIFICACIÓN"), api.token(ADMIN));
        assertTrue(searched.body().contains(THRESHOLD), "the description matches, accent- and case-insensitive");
        assertProblem(api.get(PATH + "?limit=0", api.token(ADMIN)), 400, "invalid-input");
        assertProblem(api.get(PATH + "?sort=value", api.token(ADMIN)), 400, "invalid-input");

        assertProblem(api.get(PATH + "/tax.igv.rate", api.token(CASHIER)), 403, "forbidden");
    }

    @Test
    @DisplayName("an unknown key is a 404 problem on GET and PUT")
    void unknownKey() {
        assertProblem(api.get(PATH + "/no.such.setting", api.token(ADMIN)), 404, "not-found");
        assertProblem(api.put(PATH + "/no.such.setting", api.token(ADMIN), "{\"value\":\"1\"}", "If-Match", "\"0\""),
                404, "not-found");
    }

    // ---------------------------------------------------------------------------------------------- update

    @Test
    @DisplayName("PUT with the current If-Match changes the value (200, new ETag), stamps who and when, and is audited")
    void updateWithIfMatch() throws Exception {
        String key = DATA.setting("settings", "INTEGER", "5", false, "_minutes");
        try {
            Reply updated = api.put(PATH + "/" + key, api.token(ADMIN), "{\"value\": 7}", "If-Match", "\"0\"");

            assertEquals(200, updated.status(), updated.toString());
            assertEquals("\"1\"", updated.header("ETag"));
            assertEquals("7", updated.json().getString("value"));
            assertEquals(ADMIN, updated.json().getString("updatedBy"));
            Map<String, Object> row = row("SELECT id, value, version, last_updated_by, updated_at > now() - interval"
                    + " '1 minute' AS recent FROM system_settings WHERE setting_key = ?", key);
            assertEquals("7", row.get("value"));
            assertEquals(1L, ((Number) row.get("version")).longValue());
            assertEquals(userId(ADMIN), ((Number) row.get("last_updated_by")).longValue());
            assertEquals(Boolean.TRUE, row.get("recent"));
            Map<String, Object> audit = row("SELECT old_values::text AS old_values, new_values::text AS new_values"
                    + " FROM audit_logs WHERE entity_table = 'system_settings' AND entity_id = ? AND action = 'UPDATE'",
                    String.valueOf(row.get("id")));
            assertTrue(String.valueOf(audit.get("old_values")).contains("\"5\""), audit.toString());
            assertTrue(String.valueOf(audit.get("new_values")).contains("\"7\""), audit.toString());

            Reply asText = api.put(PATH + "/" + key, api.token(ADMIN), "{\"value\": \" 9 \", \"key\": \"ignored\","
                    + " \"version\": 99}", "If-Match", updated.header("ETag"));
            assertEquals(200, asText.status(), asText.toString());
            assertEquals("9", asText.json().getString("value"), "stored in its canonical form");
        } finally {
            DATA.removeSetting(key);
        }
    }

    @Test
    @DisplayName("PUT without If-Match is 428, with a stale one 409 stale-version; nothing changes")
    void preconditions() throws Exception {
        String key = DATA.setting("settings", "INTEGER", "5", false, "_count");
        try {
            assertProblem(api.put(PATH + "/" + key, api.token(ADMIN), "{\"value\":6}"), 428, "precondition-required");
            assertEquals(200, api.put(PATH + "/" + key, api.token(ADMIN), "{\"value\":6}", "If-Match", "\"0\"").status());

            Reply stale = api.put(PATH + "/" + key, api.token(ADMIN), "{\"value\":8}", "If-Match", "\"0\"");

            assertProblem(stale, 409, "stale-version");
            Map<String, Object> row = row("SELECT value, version FROM system_settings WHERE setting_key = ?", key);
            assertEquals("6", row.get("value"));
            assertEquals(1L, ((Number) row.get("version")).longValue());
        } finally {
            DATA.removeSetting(key);
        }
    }

    @Test
    @DisplayName("a value of the wrong type is a 400 on field 'value' and changes nothing; so is one without permission a 403")
    void wrongTypeChangesNothing() throws Exception {
        String key = DATA.setting("settings", "INTEGER", "5", false, "_minutes");
        try {
            for (String body : List.of("{\"value\":\"abc\"}", "{\"value\":1.5}", "{\"value\":true}", "{\"value\":-3}",
                    "{\"value\":0}", "{\"value\":null}", "{}")) {
                Reply refused = api.put(PATH + "/" + key, api.token(ADMIN), body, "If-Match", "\"0\"");
                assertProblem(refused, 400, "invalid-input");
                assertTrue(refused.fieldErrors().containsKey("value"), body + " → " + refused);
            }
            Reply unknown = api.put(PATH + "/" + key, api.token(ADMIN), "{\"value\":6,\"colour\":\"red\"}",
                    "If-Match", "\"0\"");
            assertProblem(unknown, 400, "invalid-input");
            assertTrue(unknown.fieldErrors().containsKey("colour"), unknown.toString());
            Reply english = api.send("PUT", PATH + "/" + key, api.token(ADMIN), "application/json",
                    "{\"value\":\"abc\"}", "If-Match", "\"0\"", "Accept-Language", "en");
            assertEquals("Enter a whole number (for example 15).", english.fieldErrors().get("value"), english.toString());

            assertProblem(api.put(PATH + "/" + key, api.token(MANAGER), "{\"value\":6}", "If-Match", "\"0\""),
                    403, "forbidden");

            Map<String, Object> row = row("SELECT value, version, last_updated_by FROM system_settings"
                    + " WHERE setting_key = ?", key);
            assertEquals("5", row.get("value"));
            assertEquals(0L, ((Number) row.get("version")).longValue());
            assertNull(row.get("last_updated_by"));

            Reply time = api.put(PATH + "/inventory.snapshot.daily_time", api.token(ADMIN), "{\"value\":\"25:00\"}",
                    "If-Match", api.get(PATH + "/inventory.snapshot.daily_time", api.token(ADMIN)).header("ETag"));
            assertProblem(time, 400, "invalid-input");
            assertTrue(time.fieldErrors().get("value").contains("HH:MM"), time.toString());
            assertEquals("TIME", api.get(PATH + "/inventory.snapshot.daily_time", api.token(ADMIN)).json()
                    .getString("dataType"), "V11 made the snapshot time a TIME");
        } finally {
            DATA.removeSetting(key);
        }
    }

    // ---------------------------------------------------------------------------------------------- encrypted

    @Test
    @DisplayName("an encrypted setting is write-only: stored as AES-GCM ciphertext, never returned, audited as [encrypted]")
    void encryptedNeverReturned() throws Exception {
        String key = DATA.setting("settings", "STRING", null, true, "_token");
        String secret = "s3cret-" + UUID.randomUUID();
        try {
            Reply before = api.get(PATH + "/" + key, api.token(ADMIN));
            assertEquals(200, before.status(), before.toString());
            assertTrue(before.json().isNull("value"), before.toString());
            assertTrue(before.json().getBoolean("encrypted"));
            assertFalse(before.json().getBoolean("valueSet"));

            Reply saved = api.put(PATH + "/" + key, api.token(ADMIN), Json.createObjectBuilder().add("value", secret)
                    .build().toString(), "If-Match", before.header("ETag"));

            assertEquals(200, saved.status(), saved.toString());
            assertTrue(saved.json().isNull("value"), "the answer never carries it: " + saved);
            assertTrue(saved.json().getBoolean("valueSet"));
            assertFalse(saved.body().contains(secret));
            Reply read = api.get(PATH + "/" + key, api.token(ADMIN));
            assertTrue(read.json().isNull("value"));
            assertFalse(read.body().contains(secret));
            Reply list = api.get(PATH + "?q=" + ApiClient.q(key), api.token(ADMIN));
            assertEquals(1, list.json().getInt("total"), list.toString());
            assertFalse(list.body().contains(secret));

            Map<String, Object> row = row("SELECT id, value FROM system_settings WHERE setting_key = ?", key);
            String stored = String.valueOf(row.get("value"));
            assertTrue(stored.startsWith("gcm1:"), stored);
            assertFalse(stored.contains(secret));
            assertEquals(secret, decrypt(key, stored), "the server's code can read it back with the server's key");

            Map<String, Object> audit = row("SELECT old_values::text AS old_values, new_values::text AS new_values"
                    + " FROM audit_logs WHERE entity_table = 'system_settings' AND entity_id = ? AND action = 'UPDATE'",
                    String.valueOf(row.get("id")));
            String logged = audit.toString();
            assertFalse(logged.contains(secret), logged);
            assertFalse(logged.contains(stored.substring(5, 20)), "not even the ciphertext: " + logged);
            assertTrue(String.valueOf(audit.get("new_values")).contains("[encrypted]"), logged);
        } finally {
            DATA.removeSetting(key);
        }
    }

    // ---------------------------------------------------------------------------------------------- effect

    @Test
    @DisplayName("a change takes effect at once for the code: a lower justification threshold makes a 5 % price change need a reason")
    void changeTakesEffect() throws Exception {
        String original = text("SELECT value FROM system_settings WHERE setting_key = ?", THRESHOLD);
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        long product = createProduct("Umbral " + tag, "10.00", "UMB-" + tag);
        try {
            setThreshold("10");
            Reply small = price(product, "10.50", 0);
            assertEquals(200, small.status(), "5 % is below 10 %: no justification needed " + small);

            setThreshold("3");
            Reply refused = price(product, "11.00", 1);
            assertProblem(refused, 422, "justification-required");
            assertEquals(new BigDecimal("10.50"), new BigDecimal(text("SELECT base_price::text FROM products"
                    + " WHERE id = ?", product)), "nothing changed");

            setThreshold("10");
            assertEquals(200, price(product, "11.00", 1).status(), "back to 10 %: the same change passes");
        } finally {
            setThreshold(original);
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void setThreshold(String value) {
        Reply read = api.get(PATH + "/" + THRESHOLD, api.token(ADMIN));
        assertEquals(200, read.status(), read.toString());
        Reply put = api.put(PATH + "/" + THRESHOLD, api.token(ADMIN), "{\"value\":\"" + value + "\"}",
                "If-Match", read.header("ETag"));
        assertEquals(200, put.status(), put.toString());
    }

    private Reply price(long product, String newPrice, long version) {
        return api.post("/api/v1/products/" + product + "/price", api.token(ADMIN),
                Json.createObjectBuilder().add("newPrice", newPrice).build().toString(),
                "If-Match", "\"" + version + "\"");
    }

    private long createProduct(String name, String basePrice, String sku) {
        JsonArrayBuilder variants = Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku));
        Reply created = api.post("/api/v1/products", api.token(ADMIN), Json.createObjectBuilder().add("name", name)
                .add("basePrice", new BigDecimal(basePrice)).add("status", "ACTIVE").add("variants", variants)
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }



    /** AES-256-GCM with the key the test server uses (COLCA_SETTINGS_KEY or the development default). */
    private static String decrypt(String key, String stored) throws Exception {
        String secret = System.getenv().getOrDefault("COLCA_SETTINGS_KEY", "colca-dev-only-settings-key");
        byte[] aes = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        byte[] in = Base64.getDecoder().decode(stored.substring("gcm1:".length()));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aes, "AES"), new GCMParameterSpec(128, in, 0, 12));
        cipher.updateAAD(key.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
    }

    private static long userId(String email) throws Exception {
        return ((Number) row("SELECT id FROM users WHERE email = ?", email).get("id")).longValue();
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), "problem+json expected: " + reply);
        assertEquals(type, reply.problemType(), reply.toString());
        assertNotNull(reply.json().getString("detail", null), reply.toString());
    }

    private static String text(String sql, Object param) throws Exception {
        return String.valueOf(row(sql, param).values().iterator().next());
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
