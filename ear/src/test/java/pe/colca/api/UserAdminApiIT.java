package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;

/**
 * {@code /api/v1/users}, {@code /api/v1/roles} and {@code POST /api/v1/users/me/password} end to end
 * (issue 10): create/edit/lock/unlock/reset/delete with ETag/If-Match, the password policy, the
 * forced change of a one-time password, the refusals that keep an administrator (oneself, the last
 * one), and the audit rows (never a password hash).
 */
class UserAdminApiIT extends ClientIntegration {

    private static final String USERS = "/api/v1/users";
    private static final String ROLES = "/api/v1/roles";
    private static final String[] ADMIN_PERMISSIONS = {"security.user.view", "security.user.edit", "security.role.edit",
            "inventory.location.view", "api.access"};

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();

    @Test
    @DisplayName("create (one-time password), edit, conflicts, lock/unlock, reset, delete: each audited, stamp rotated")
    void userLifecycle() throws SQLException {
        String admin = api.token(data.user().permissions(ADMIN_PERMISSIONS).create());
        int roleId = createRole(admin, "Cajeros " + TestData.suffix(), List.of("inventory.location.view", "api.access"));
        int storeId = data.location().create().id();
        String email = "nueva-" + TestData.suffix().toLowerCase(Locale.ROOT) + "@it.colca.test";

        Reply created = api.post(USERS, admin, user(email, "Rosa Quispe", roleId, storeId).build().toString());
        assertEquals(201, created.status(), created.toString());
        JsonObject body = created.json();
        long id = body.getJsonNumber("id").longValue();
        String oneTime = body.getString("oneTimePassword");
        assertTrue(oneTime.length() >= 12, "a generated one-time password is returned once");
        assertTrue(body.getBoolean("mustChangePassword"));
        assertEquals(roleId, body.getJsonArray("roles").getJsonObject(0).getInt("id"));
        assertEquals(storeId, body.getJsonArray("locationIds").getJsonNumber(0).intValue());
        assertEquals(1, data.number("SELECT count(*) FROM user_locations WHERE user_id = ? AND location_id = ?", id,
                (long) storeId));
        assertTrue(api.get(USERS + "/" + id, admin).json().isNull("oneTimePassword"), "shown once only");

        // the one-time password is right, but no token before it is changed
        Reply refused = api.requestToken(email, oneTime);
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("password-change-required", refused.problemType());

        // duplicate e-mail (any case), missing and stale If-Match
        Reply duplicate = api.post(USERS, admin, user(email.toUpperCase(Locale.ROOT), "Otra", roleId, storeId)
                .build().toString());
        assertEquals(409, duplicate.status(), duplicate.toString());
        assertEquals("duplicate-key", duplicate.problemType());
        String etag = created.header("ETag");
        Reply noIfMatch = api.put(USERS + "/" + id, admin, user(email, "Rosa Q.", roleId, storeId).build().toString());
        assertEquals(428, noIfMatch.status(), noIfMatch.toString());
        Reply edited = api.put(USERS + "/" + id, admin, user(email, "Rosa Quispe Mamani", roleId, storeId).build()
                .toString(), "If-Match", etag);
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Rosa Quispe Mamani", edited.json().getString("fullName"));
        assertNotEquals(etag, edited.header("ETag"));
        Reply stale = api.put(USERS + "/" + id, admin, user(email, "Pisado", roleId, storeId).build().toString(),
                "If-Match", etag);
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("stale-version", stale.problemType());
        Reply byRole = api.get(USERS + "?roleId=" + roleId + "&status=ACTIVE&q=" + ApiClient.q("mamani"), admin);
        assertEquals(200, byRole.status(), byRole.toString());
        assertEquals(1, byRole.json().getInt("total"), byRole.toString());
        Reply badRole = api.put(USERS + "/" + id, admin, user(email, "Rosa", 999_999, storeId).build().toString(),
                "If-Match", edited.header("ETag"));
        assertEquals(400, badRole.status(), badRole.toString());
        assertTrue(badRole.fieldErrors().containsKey("roleIds"), badRole.toString());

        // lock rotates the stamp (the user's tokens stop working); unlock lets him in again
        String stamp = stampOf(id);
        Reply locked = api.post(USERS + "/" + id + "/lock", admin, "", "If-Match", edited.header("ETag"));
        assertEquals(200, locked.status(), locked.toString());
        assertEquals("LOCKED", locked.json().getString("status"));
        assertNotEquals(stamp, stampOf(id), "locking revokes the user's tokens");
        Reply unlocked = api.post(USERS + "/" + id + "/unlock", admin, "", "If-Match", locked.header("ETag"));
        assertEquals("ACTIVE", unlocked.json().getString("status"), unlocked.toString());

        // reset: a new one-time password, must change again, stamp rotated
        stamp = stampOf(id);
        Reply reset = api.post(USERS + "/" + id + "/password-reset", admin, "", "If-Match", unlocked.header("ETag"));
        assertEquals(200, reset.status(), reset.toString());
        String second = reset.json().getString("oneTimePassword");
        assertNotEquals(oneTime, second);
        assertNotEquals(stamp, stampOf(id));
        assertEquals(422, api.requestToken(email, second).status());
        assertEquals(401, api.requestToken(email, oneTime).status(), "the first one-time password is gone");

        // delete needs a reason; afterwards 404 and the e-mail is free again
        Reply noReason = api.delete(USERS + "/" + id, admin, "If-Match", reset.header("ETag"));
        assertEquals(400, noReason.status(), noReason.toString());
        Reply deleted = api.delete(USERS + "/" + id + "?reason=" + ApiClient.q("Dejó la empresa"), admin, "If-Match",
                reset.header("ETag"));
        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals(404, api.get(USERS + "/" + id, admin).status());
        assertEquals("Dejó la empresa", data.string("SELECT deletion_reason FROM users WHERE id = ?", id));

        // audit: one row per write (besides the sign-in rows of his own token requests), never a password hash
        assertEquals("CREATE,UPDATE,LOCK,UNLOCK,PASSWORD_RESET,DELETE", data.string("SELECT string_agg(action, ','"
                + " ORDER BY id) FROM audit_logs WHERE entity_table = 'users' AND entity_id = ?"
                + " AND action NOT LIKE 'TOKEN\\_%' AND action NOT LIKE 'LOGIN%'", String.valueOf(id)));
        assertEquals(0, data.number("SELECT count(*) FROM audit_logs WHERE entity_table = 'users' AND entity_id = ?"
                + " AND (coalesce(old_values::text, '') LIKE '%$2a$%' OR coalesce(new_values::text, '') LIKE '%$2a$%')",
                String.valueOf(id)));

        // the list finds users by name, paged
        Reply list = api.get(USERS + "?q=" + ApiClient.q("quispe") + "&limit=5", admin);
        assertEquals(200, list.status(), list.toString());
        assertFalse(list.body().contains(email), "a deleted user is not listed");
    }

    @Test
    @DisplayName("own password: current required, policy messages, then a new token with the new password")
    void ownPasswordPolicy() throws SQLException {
        TestData.NewUser me = data.user().email("marco.polo." + TestData.suffix().toLowerCase(Locale.ROOT)
                + "@it.colca.test").permissions("api.access").create();
        String token = api.token(me);
        String path = USERS + "/me/password";

        Reply wrong = api.post(path, token, change("no-es-la-clave", "Una-Clave-Larga-77"));
        assertEquals(400, wrong.status(), wrong.toString());
        assertTrue(wrong.fieldErrors().containsKey("currentPassword"), wrong.toString());
        Reply shortOne = api.post(path, token, change(me.password(), "Corta-1"), "Accept-Language", "es-PE");
        assertEquals(400, shortOne.status());
        assertTrue(shortOne.fieldErrors().get("newPassword").contains("10"), shortOne.toString());
        String local = me.email().substring(0, me.email().indexOf('@'));
        Reply likeEmail = api.post(path, token, change(me.password(), "x" + local + "!"));
        assertEquals(400, likeEmail.status());
        assertTrue(likeEmail.fieldErrors().get("newPassword").contains("@"), likeEmail.toString());
        Reply common = api.post(path, token, change(me.password(), "Password123456"), "Accept-Language", "en");
        assertEquals(400, common.status());
        assertTrue(common.fieldErrors().get("newPassword").contains("common"), common.toString());
        assertEquals(0, data.number("SELECT count(*) FROM users WHERE id = ? AND password_changed_at IS NOT NULL",
                me.id()), "a refused change changes nothing");

        String stamp = stampOf(me.id());
        Reply changed = api.post(path, token, change(me.password(), "Quipu-de-Colores-2026"));
        assertEquals(204, changed.status(), changed.toString());
        assertNotEquals(stamp, stampOf(me.id()));
        assertEquals(200, api.requestToken(me.email(), "Quipu-de-Colores-2026").status());
        assertEquals(401, api.requestToken(me.email(), me.password()).status());
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE entity_table = 'users' AND entity_id = ?"
                + " AND action = 'PASSWORD_CHANGE'", String.valueOf(me.id())));

        // an initial password typed by the administrator follows the policy too, and must be changed
        String admin = api.token(data.user().permissions(ADMIN_PERMISSIONS).create());
        String email = "inicial-" + TestData.suffix().toLowerCase(Locale.ROOT) + "@it.colca.test";
        Reply weak = api.post(USERS, admin, Json.createObjectBuilder().add("email", email).add("fullName", "Ana")
                .add("initialPassword", "123456789012").build().toString());
        assertEquals(400, weak.status(), weak.toString());
        assertTrue(weak.fieldErrors().containsKey("initialPassword"));
        int apiRole = data.user().permissions("api.access").create().roleId();
        Reply typed = api.post(USERS, admin, Json.createObjectBuilder().add("email", email).add("fullName", "Ana")
                .add("roleIds", Json.createArrayBuilder().add(apiRole))
                .add("initialPassword", "Inicial-Segura-2026").build().toString());
        assertEquals(201, typed.status(), typed.toString());
        assertTrue(typed.json().isNull("oneTimePassword"));
        assertEquals("password-change-required", api.requestToken(email, "Inicial-Segura-2026").problemType());
    }

    @Test
    @DisplayName("nobody locks, deletes or demotes himself; the last active administrator is kept")
    void administratorsAreKept() throws SQLException {
        TestData.NewUser boss = data.user().permissions(ADMIN_PERMISSIONS).create();
        String token = api.token(boss);
        Reply mine = api.get(USERS + "/" + boss.id(), token);
        String etag = mine.header("ETag");

        Reply selfLock = api.post(USERS + "/" + boss.id() + "/lock", token, "", "If-Match", etag);
        assertEquals(422, selfLock.status(), selfLock.toString());
        assertEquals("self-lockout", selfLock.problemType());
        Reply selfDelete = api.delete(USERS + "/" + boss.id() + "?reason=x", token, "If-Match", etag);
        assertEquals(422, selfDelete.status(), selfDelete.toString());
        Reply selfDemote = api.put(USERS + "/" + boss.id(), token, Json.createObjectBuilder().add("email", boss.email())
                .add("fullName", "Sin roles").add("roleIds", Json.createArrayBuilder()).build().toString(),
                "If-Match", etag);
        assertEquals(422, selfDemote.status(), selfDemote.toString());
        assertEquals("self-demotion", selfDemote.problemType());
        Reply role = api.get(ROLES + "/" + boss.roleId(), token);
        Reply roleDemote = api.put(ROLES + "/" + boss.roleId(), token, Json.createObjectBuilder()
                .add("name", boss.role()).add("permissions", Json.createArrayBuilder().add("security.user.view")
                        .add("security.user.edit")).build().toString(), "If-Match", role.header("ETag"));
        assertEquals(422, roleDemote.status(), roleDemote.toString());
        assertEquals("self-demotion", roleDemote.problemType());

        // make the boss the only active holder of security.role.edit; a user manager cannot lock him
        TestData.NewUser manager = data.user().permissions("security.user.view", "security.user.edit", "api.access").create();
        String others = "SELECT DISTINCT u.id FROM users u JOIN user_roles ur ON ur.user_id = u.id"
                + " JOIN role_permissions rp ON rp.role_id = ur.role_id JOIN permissions p ON p.id = rp.permission_id"
                + " WHERE p.slug = 'security.role.edit' AND u.status = 'ACTIVE' AND u.deleted_at IS NULL AND u.id <> "
                + boss.id();
        String parked = data.string("SELECT coalesce(string_agg(id::text, ','), '') FROM (" + others + ") o");
        try {
            if (!parked.isEmpty()) {
                data.number("WITH p AS (UPDATE users SET status = 'LOCKED' WHERE id IN (" + parked + ") RETURNING 1)"
                        + " SELECT count(*) FROM p");
            }
            Reply lastOne = api.post(USERS + "/" + boss.id() + "/lock", api.token(manager), "", "If-Match", etag);
            assertEquals(422, lastOne.status(), lastOne.toString());
            assertEquals("last-administrator", lastOne.problemType());
            assertEquals("ACTIVE", data.string("SELECT status FROM users WHERE id = ?", boss.id()));
            Reply lastDeleted = api.delete(USERS + "/" + boss.id() + "?reason=x", api.token(manager), "If-Match", etag);
            assertEquals(422, lastDeleted.status(), lastDeleted.toString());
        } finally {
            if (!parked.isEmpty()) {
                data.number("WITH p AS (UPDATE users SET status = 'ACTIVE' WHERE id IN (" + parked + ") RETURNING 1)"
                        + " SELECT count(*) FROM p");
            }
        }
        // with another administrator active again, the manager may lock him
        Reply locked = api.post(USERS + "/" + boss.id() + "/lock", api.token(manager), "", "If-Match", etag);
        assertEquals(parked.isEmpty() ? 422 : 200, locked.status(), locked.toString());
    }

    @Test
    @DisplayName("roles: catalogue by area, create, unknown permission, duplicate name, stale edit, delete only unheld")
    void roles() throws SQLException {
        String admin = api.token(data.user().permissions(ADMIN_PERMISSIONS).create());
        Reply catalogue = api.get(ROLES + "/permissions", admin);
        assertEquals(200, catalogue.status(), catalogue.toString());
        assertTrue(catalogue.body().contains("\"area\":\"inventory\""), catalogue.body());

        String name = "Supervisores " + TestData.suffix();
        Reply created = api.post(ROLES, admin, role(name, "inventory.location.view", "inventory.adjust"));
        assertEquals(201, created.status(), created.toString());
        int id = created.json().getInt("id");
        assertEquals(List.of("inventory.adjust", "inventory.location.view"),
                created.json().getJsonArray("permissions").getValuesAs(jakarta.json.JsonString::getString));

        Reply unknown = api.post(ROLES, admin, role("Otro " + TestData.suffix(), "no.such.permission"));
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.fieldErrors().containsKey("permissions"));
        Reply duplicate = api.post(ROLES, admin, role(name.toUpperCase(Locale.ROOT)));
        assertEquals(409, duplicate.status(), duplicate.toString());

        Reply edited = api.put(ROLES + "/" + id, admin, role(name, "inventory.location.view"), "If-Match",
                created.header("ETag"));
        assertEquals(200, edited.status(), edited.toString());
        assertEquals(1, edited.json().getJsonArray("permissions").size());
        Reply stale = api.put(ROLES + "/" + id, admin, role(name), "If-Match", created.header("ETag"));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("stale-version", stale.problemType());

        // held: refused; once nobody holds it: deleted
        Reply holder = api.post(USERS, admin, Json.createObjectBuilder().add("email", "titular-" + TestData.suffix()
                .toLowerCase(Locale.ROOT) + "@it.colca.test").add("fullName", "Titular")
                .add("roleIds", Json.createArrayBuilder().add(id)).build().toString());
        assertEquals(201, holder.status(), holder.toString());
        Reply inUse = api.delete(ROLES + "/" + id, admin, "If-Match", edited.header("ETag"));
        assertEquals(422, inUse.status(), inUse.toString());
        assertEquals("role-in-use", inUse.problemType());
        long holderId = holder.json().getJsonNumber("id").longValue();
        Reply unassigned = api.put(USERS + "/" + holderId, admin, Json.createObjectBuilder().add("email",
                holder.json().getString("email")).add("fullName", "Titular").build().toString(), "If-Match",
                holder.header("ETag"));
        assertEquals(200, unassigned.status(), unassigned.toString());
        Reply deleted = api.delete(ROLES + "/" + id, admin, "If-Match", edited.header("ETag"));
        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals(404, api.get(ROLES + "/" + id, admin).status());
        assertEquals(3, data.number("SELECT count(*) FROM audit_logs WHERE entity_table = 'roles' AND entity_id = ?",
                String.valueOf(id)));

        // a user without security.role.edit gets 403 and changes nothing
        String viewer = api.token(data.user().permissions("security.user.view", "api.access").create());
        assertEquals(403, api.post(ROLES, viewer, role("Nunca " + TestData.suffix())).status());
        assertEquals(403, api.post(USERS, viewer, user("x" + TestData.suffix() + "@it.colca.test", "X", id, 0)
                .build().toString()).status());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private int createRole(String token, String name, List<String> permissions) {
        Reply created = api.post(ROLES, token, role(name, permissions.toArray(String[]::new)));
        assertEquals(201, created.status(), created.toString());
        return created.json().getInt("id");
    }

    private static JsonObjectBuilder user(String email, String fullName, int roleId, int locationId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("email", email).add("fullName", fullName)
                .add("roleIds", Json.createArrayBuilder().add(roleId));
        if (locationId > 0) {
            body.add("locationIds", Json.createArrayBuilder().add(locationId));
        }
        return body;
    }

    private static String role(String name, String... permissions) {
        var slugs = Json.createArrayBuilder();
        for (String slug : permissions) {
            slugs.add(slug);
        }
        return Json.createObjectBuilder().add("name", name).add("description", "Rol de prueba")
                .add("permissions", slugs).build().toString();
    }

    private static String change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }

    private String stampOf(long userId) throws SQLException {
        String stamp = data.string("SELECT security_stamp::text FROM users WHERE id = ?", userId);
        assertNotNull(stamp);
        return stamp;
    }
}
