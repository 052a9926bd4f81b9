package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.colca.api.LocationApiIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestServer;

/** Bearer tokens: {@code POST /api/v1/auth/token}, and what WildFly does with good and bad tokens. */
class AuthApiIT extends ClientIntegration {

    private static final String TOKEN = "/api/v1/auth/token";
    private static final String LOCATIONS = "/api/v1/locations";

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("good credentials give an RS256 JWT (no kid) with the user's permissions, and it opens the API")
    void tokenForGoodCredentials() throws Exception {
        Instant before = Instant.now().minusSeconds(5);

        Reply reply = api.requestToken("cashier@colca.test", ApiClient.DEMO_PASSWORD);

        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/json"), reply.toString());
        assertTrue(String.valueOf(reply.header("Cache-Control")).contains("no-store"));
        JsonObject body = reply.json();
        assertEquals("Bearer", body.getString("token_type"));
        long ttlSeconds = ttlMinutes() * 60L;
        assertEquals(ttlSeconds, body.getJsonNumber("expires_in").longValue());
        String token = body.getString("access_token");

        JsonObject header = ApiClient.jwtHeader(token);
        assertEquals("RS256", header.getString("alg"));
        assertEquals("JWT", header.getString("typ"));
        assertFalse(header.containsKey("kid"));
        JsonObject claims = ApiClient.claims(token);
        assertEquals("colca", claims.getString("iss"));
        assertEquals("colca-api", claims.getString("aud"));
        assertEquals(String.valueOf(userId("cashier@colca.test")), claims.getString("sub"), "sub is the user's id");
        assertEquals("cashier@colca.test", claims.getString("email"));
        assertFalse(claims.getString("stamp").isBlank());
        List<String> groups = ApiClient.strings(claims.getJsonArray("groups"));
        assertTrue(groups.contains("inventory.location.view"), groups.toString());
        assertFalse(groups.contains("inventory.location.edit"), groups.toString());
        assertEquals(ttlSeconds, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());

        try (Connection db = TestServer.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT last_login FROM users WHERE email = ?")) {
            query.setString(1, "cashier@colca.test");
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next());
                Timestamp lastLogin = rs.getTimestamp(1);
                assertNotNull(lastLogin, "last_login recorded");
                assertFalse(lastLogin.toInstant().isBefore(before), "last_login updated: " + lastLogin);
            }
        }

        Reply locations = api.get(LOCATIONS, token);
        assertEquals(200, locations.status(), locations.toString());
        assertNotNull(locations.json().getJsonArray("items"));
    }

    @Test
    @DisplayName("the email is matched case-insensitively and the token names the stored email and the id")
    void emailIsCaseInsensitive() {
        Reply reply = api.requestToken("  Warehouse@Colca.TEST ", ApiClient.DEMO_PASSWORD);
        assertEquals(200, reply.status(), reply.toString());
        JsonObject claims = ApiClient.claims(reply.json().getString("access_token"));
        assertEquals("warehouse@colca.test", claims.getString("email"));
        assertEquals(String.valueOf(userId("warehouse@colca.test")), claims.getString("sub"));
    }

    @Test
    @DisplayName("a wrong password, an unknown user and a locked user all get the same 401 problem")
    void badCredentialsAre401() throws Exception {
        Reply wrongPassword = api.requestToken("admin@colca.test", "not-the-password");
        assertProblem(wrongPassword, 401, "invalid-credentials");
        assertTrue(String.valueOf(wrongPassword.header("WWW-Authenticate")).startsWith("Bearer"));

        Reply unknownUser = api.requestToken("nobody-" + System.nanoTime() + "@colca.test", "demo1234");
        assertProblem(unknownUser, 401, "invalid-credentials");
        assertEquals(wrongPassword.json().getString("detail"), unknownUser.json().getString("detail"));

        String email = "accountant@colca.test";
        setStatus(email, "LOCKED");
        try {
            Reply locked = api.requestToken(email, ApiClient.DEMO_PASSWORD);
            assertProblem(locked, 401, "invalid-credentials");
            assertEquals(wrongPassword.json().getString("detail"), locked.json().getString("detail"));
        } finally {
            setStatus(email, "ACTIVE");
        }
        assertEquals(200, api.requestToken(email, ApiClient.DEMO_PASSWORD).status());

        Reply english = api.send("POST", TOKEN, null, "application/json",
                "{\"email\":\"admin@colca.test\",\"password\":\"x\"}", "Accept-Language", "en");
        assertProblem(english, 401, "invalid-credentials");
        assertEquals("Invalid credentials", english.json().getString("title"));
    }

    @Test
    @DisplayName("missing fields are a 400 with field errors; malformed JSON a 400 too")
    void missingFieldsAre400() {
        Reply nothing = api.post(TOKEN, null, "{}");
        assertProblem(nothing, 400, "invalid-input");
        assertEquals(java.util.Set.of("email", "password"), nothing.fieldErrors().keySet(), nothing.toString());

        Reply noPassword = api.requestToken("admin@colca.test", null);
        assertProblem(noPassword, 400, "invalid-input");
        assertEquals(java.util.Set.of("password"), noPassword.fieldErrors().keySet());

        Reply wrongType = api.post(TOKEN, null, "{\"email\": 5, \"password\": \"demo1234\"}");
        assertProblem(wrongType, 400, "invalid-input");
        assertTrue(wrongType.fieldErrors().containsKey("email"));

        assertProblem(api.post(TOKEN, null, "{\"email\": "), 400, "malformed-json");
        assertProblem(api.send("POST", TOKEN, null, "text/plain", "admin"), 415, "unsupported-media-type");
        assertProblem(api.send("GET", TOKEN, null, null, null), 405, "method-not-allowed");
    }

    @Test
    @DisplayName("no token, a garbage token or a forged one: WildFly's 401, as problem+json, never HTML")
    void withoutAValidTokenIs401() {
        String valid = api.token("admin@colca.test");
        String[] parts = valid.split("\\.");
        JsonObject claims = ApiClient.claims(valid);
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(Json.createObjectBuilder(claims)
                .add("sub", String.valueOf(userId("manager@colca.test"))).build().toString().getBytes(StandardCharsets.UTF_8));
        String forged = parts[0] + "." + forgedClaims + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";

        for (String token : new String[] {null, "garbage", "a.b.c", forged, unsigned}) {
            Reply reply = api.get(LOCATIONS, token);
            assertEquals(401, reply.status(), token + " -> " + reply);
            assertFalse(String.valueOf(reply.contentType()).startsWith("text/html"), reply.toString());
            assertFalse(reply.body().contains("<html"), reply.toString());
            assertTrue(String.valueOf(reply.header("WWW-Authenticate")).startsWith("Bearer"), reply.headers().map().toString());
            assertProblem(reply, 401, "unauthorized"); // web.xml's error page, not Undertow's empty/HTML 401
        }
        Reply plain = api.send("GET", LOCATIONS, null, null, null, "Authorization", "Basic YWRtaW46ZGVtbzEyMzQ=");
        assertEquals(401, plain.status(), plain.toString());

        assertEquals(200, api.get(LOCATIONS, valid).status(), "the genuine token still works");
    }

    @Test
    @DisplayName("the server publishes the API's OpenAPI document with the bearer scheme and the operations")
    void openApiDocument() {
        Reply doc = api.send("GET", "/openapi?format=JSON", null, null, null, "Accept", "application/json");
        assertEquals(200, doc.status(), doc.toString());
        String text = doc.body();
        try { // kept for reading: target/openapi.json
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), text);
        } catch (java.io.IOException ignored) {
            // only a convenience
        }
        assertTrue(text.contains("Colca API"), text);
        assertTrue(text.contains("/v1/locations") && text.contains("/v1/auth/token"), text);
        assertTrue(text.contains("bearer"), text);
        assertTrue(text.contains("application/problem+json"), text);
        assertTrue(text.contains("reason"), "the delete reason is documented");
    }

    private static long ttlMinutes() throws Exception {
        try (Connection db = TestServer.jdbc();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT value FROM system_settings WHERE setting_key = 'security.token.ttl_minutes'")) {
            return rs.next() ? Long.parseLong(rs.getString(1).strip()) : 60;
        }
    }

    private static long userId(String email) {
        try (Connection db = TestServer.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT id FROM users WHERE email = ? AND deleted_at IS NULL")) {
            query.setString(1, email);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), email);
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setStatus(String email, String status) throws Exception {
        try (Connection db = TestServer.jdbc();
             PreparedStatement update = db.prepareStatement("UPDATE users SET status = ? WHERE email = ?")) {
            update.setString(1, status);
            update.setString(2, email);
            assertEquals(1, update.executeUpdate());
        }
    }
}
