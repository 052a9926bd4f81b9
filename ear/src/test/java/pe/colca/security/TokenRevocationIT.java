package pe.colca.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * Tokens against the current state of their user (docs/security.md), run inside the server so the
 * test can rotate a stamp through {@link SecurityStamps} in a transaction of this node, and call the
 * API over HTTP: refused at once after a rotation (lock, delete, password change), within
 * {@code security.auth_cache_seconds} after a change made straight in the database (another node),
 * role permission changes within the same bound, {@code sub} is the id, {@code api.access}
 * required, the lifetime capped, password attempts throttled, audit rows written.
 */
class TokenRevocationIT extends InContainerIntegration {

    private static final String LOCATIONS = "/api/v1/locations?limit=1";
    private static final String CACHE = "security.auth_cache_seconds";
    /** Generous: the bound (2 s in these tests) plus the settings cache (5 s) plus a loaded machine. */
    private static final long DEADLINE_MILLIS = 60_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    @DisplayName("sub is the user's id; email and stamp are claims; the issuance leaves an audit row")
    void subIsTheId() throws Exception {
        NewUser user = data().user().permissions("inventory.location.view").create();
        JsonObject claims = claims(token(user));
        assertEquals(String.valueOf(user.id()), claims.getString("sub"));
        assertEquals(user.email(), claims.getString("email"));
        assertEquals(data().string("SELECT CAST(security_stamp AS text) FROM users WHERE id = ?", user.id()),
                claims.getString("stamp"));
        assertTrue(data().number("SELECT count(*) FROM audit_logs WHERE action = 'TOKEN_ISSUED' AND user_id = ?",
                user.id()) >= 1);
    }

    @Test
    @DisplayName("a token issued before a lock, a password change or a delete is refused at once after the rotation")
    void rotationRevokesAtOnce() throws Exception {
        String[] changes = {
            "UPDATE users SET status = 'LOCKED' WHERE id = ?1",
            "UPDATE users SET password_hash = password_hash || '', password_changed_at = now() WHERE id = ?1",
            "UPDATE users SET deleted_at = now(), deletion_reason = 'IT', status = 'DISABLED' WHERE id = ?1"};
        for (String change : changes) {
            NewUser user = data().user().permissions("inventory.location.view").create();
            String token = token(user);
            assertEquals(200, get(LOCATIONS, token).statusCode(), change);

            transaction().begin();
            try {
                lookup("DefaultSecurityStamps", SecurityStamps.class).rotate(user.id());
                sql(change, user.id());
                transaction().commit();
            } catch (Exception e) {
                transaction().rollback();
                throw e;
            }
            HttpResponse<String> refused = get(LOCATIONS, token);
            assertEquals(401, refused.statusCode(), change + " -> " + refused.body());
            assertTrue(refused.body().contains("token-revoked"), refused.body());
        }
        NewUser user = data().user().permissions("inventory.location.view").create();
        String before = token(user);
        rotate(user.id());
        assertEquals(401, get(LOCATIONS, before).statusCode());
        assertEquals(200, get(LOCATIONS, token(user)).statusCode(), "a new token works");
    }

    @Test
    @DisplayName("a status changed straight in the database (another node) is refused within the bound")
    void directStatusChangeWithinTheBound() throws Exception {
        String previous = setting(CACHE, "2");
        try {
            NewUser user = data().user().permissions("inventory.location.view").create();
            String token = token(user);
            assertEquals(200, get(LOCATIONS, token).statusCode());
            data().number("WITH u AS (UPDATE users SET status = 'LOCKED' WHERE id = ? RETURNING 1) SELECT count(*) FROM u",
                    user.id());
            assertEventually(LOCATIONS, token, s -> s == 401, "refused within the bound");
        } finally {
            setting(CACHE, previous);
        }
    }

    @Test
    @DisplayName("a permission removed from a role takes effect within the bound")
    void rolePermissionChangeWithinTheBound() throws Exception {
        String previous = setting(CACHE, "2");
        try {
            NewUser user = data().user().permissions("inventory.location.view").create();
            String token = token(user);
            assertEquals(200, get(LOCATIONS, token).statusCode());
            data().number("WITH d AS (DELETE FROM role_permissions WHERE role_id = ? AND permission_id ="
                    + " (SELECT id FROM permissions WHERE slug = 'inventory.location.view') RETURNING 1)"
                    + " SELECT count(*) FROM d", user.roleId());
            assertEventually(LOCATIONS, token, s -> s == 403, "403 within the bound");
        } finally {
            setting(CACHE, previous);
        }
    }

    @Test
    @DisplayName("api.access is required for a token: 403 api-access-denied and an audit row")
    void apiAccessRequired() throws Exception {
        NewUser user = data().user().permissions("inventory.location.view").withoutApiAccess().create();
        HttpResponse<String> reply = requestToken(user.email(), user.password());
        assertEquals(403, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains("api-access-denied"), reply.body());
        assertEquals(1, data().number("SELECT count(*) FROM audit_logs WHERE action = 'TOKEN_LOGIN_FAILED'"
                + " AND user_id = ? AND new_values ->> 'reason' = 'no-api-access'", user.id()));
    }

    @Test
    @DisplayName("after 5 failed attempts the next one is refused even with the right password (429, Retry-After)")
    void throttled() throws Exception {
        NewUser user = data().user().permissions("inventory.location.view").create();
        int failures = 0;
        while (failures < 5) {
            HttpResponse<String> reply = requestToken(user.email(), "wrong-" + failures);
            if (reply.statusCode() == 429) { // back-off between failures: wait as told
                Thread.sleep(1000L * Long.parseLong(reply.headers().firstValue("Retry-After").orElseThrow()));
                continue;
            }
            assertEquals(401, reply.statusCode(), reply.body());
            failures++;
        }
        HttpResponse<String> locked = requestToken(user.email(), user.password());
        assertEquals(429, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("login-throttled"), locked.body());
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 60, "locked for minutes: " + retryAfter);
        assertTrue(data().number("SELECT count(*) FROM audit_logs WHERE action = 'TOKEN_LOGIN_FAILED' AND user_id = ?",
                user.id()) >= 5, "failed attempts audited although their requests rolled back");
    }

    @Test
    @DisplayName("a lifetime setting above security.token.max_ttl_minutes gives a token capped at the maximum")
    void lifetimeIsCapped() throws Exception {
        String ttl = setting("security.token.ttl_minutes", "100000");
        try {
            NewUser user = data().user().permissions("inventory.location.view").create();
            long max = Long.parseLong(data().string(
                    "SELECT value FROM system_settings WHERE setting_key = 'security.token.max_ttl_minutes'"));
            long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
            JsonObject body;
            do { // the settings cache sees the direct write within 5 s
                body = read(requestToken(user.email(), user.password()).body());
            } while (body.getJsonNumber("expires_in").longValue() == 60L * 60 && System.currentTimeMillis() < deadline
                    && sleep());
            assertEquals(max * 60, body.getJsonNumber("expires_in").longValue(), body.toString());
            JsonObject claims = claims(body.getString("access_token"));
            assertEquals(max * 60, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());
        } finally {
            setting("security.token.ttl_minutes", ttl);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void assertEventually(String path, String token, IntPredicate expected, String what) throws Exception {
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        int status;
        do {
            status = get(path, token).statusCode();
            if (expected.test(status)) {
                return;
            }
        } while (System.currentTimeMillis() < deadline && sleep());
        throw new AssertionError(what + ": still HTTP " + status);
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(250);
        return true;
    }

    private void rotate(long userId) throws Exception {
        transaction().begin();
        try {
            lookup("DefaultSecurityStamps", SecurityStamps.class).rotate(userId);
            transaction().commit();
        } catch (Exception e) {
            transaction().rollback();
            throw e;
        }
    }

    /** Runs one statement in the current (JTA) transaction on ColcaDS; ?1 is the user id. */
    private static void sql(String statement, long userId) throws Exception {
        javax.sql.DataSource ds = (javax.sql.DataSource) new javax.naming.InitialContext()
                .lookup("java:jboss/datasources/ColcaDS");
        try (var c = ds.getConnection(); var ps = c.prepareStatement(statement.replace("?1", "?"))) {
            ps.setLong(1, userId);
            assertEquals(1, ps.executeUpdate(), statement);
        }
    }

    /** Sets a system setting straight in the database; returns the previous value. */
    private static String setting(String key, String value) throws Exception {
        TestData data = data();
        String previous = data.string("SELECT value FROM system_settings WHERE setting_key = ?", key);
        data.number("WITH s AS (UPDATE system_settings SET value = ? WHERE setting_key = ? RETURNING 1)"
                + " SELECT count(*) FROM s", value, key);
        return previous;
    }

    private static URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(base().resolve(path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> requestToken(String email, String password) throws Exception {
        String body = Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
        return http.send(HttpRequest.newBuilder(base().resolve("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(NewUser user) throws Exception {
        HttpResponse<String> reply = requestToken(user.email(), user.password());
        assertEquals(200, reply.statusCode(), reply.body());
        String token = read(reply.body()).getString("access_token");
        assertNotNull(token);
        return token;
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonObject claims(String token) {
        return read(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
