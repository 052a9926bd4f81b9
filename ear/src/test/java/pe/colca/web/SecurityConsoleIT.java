package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import pe.colca.testing.ApiClient;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;

/**
 * Seguridad in a real browser (issue 10): an administrator creates a user with a role and a store,
 * the new user signs in with the one-time password, is held on the password page until he has
 * chosen his own, and then lands in the console. Also the first-administrator command
 * ({@code wildfly-config/create-admin.sh}) against the test database: its one-time password gets no
 * API token, and signing in forces the change.
 */
class SecurityConsoleIT extends ClientIntegration {

    private static final String USERS = "/backoffice/security/users.xhtml";
    private static final String PASSWORD_PAGE = "/backoffice/security/password.xhtml";
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*");

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();
    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("create a user with a role and a store; he signs in, must change the password, then lands in the console")
    void createdUserChangesPasswordAtFirstLogin() throws SQLException {
        String suffix = TestData.suffix();
        String roleName = "Vendedores " + suffix;
        data.number("WITH r AS (INSERT INTO roles (id, name, description) VALUES (nextval('roles_seq'), ?, 'Rol de prueba')"
                + " RETURNING id), g AS (INSERT INTO role_permissions (role_id, permission_id) SELECT r.id, p.id FROM r,"
                + " permissions p WHERE p.slug = 'inventory.location.view' RETURNING 1) SELECT count(*) FROM g", roleName);
        // a code that sorts first, so the store is among the options however many locations other tests made
        TestData.NewLocation store = data.location().code("0ADM" + suffix).create();
        String email = "vendedora-" + suffix.toLowerCase(Locale.ROOT) + "@it.colca.test";

        browser.openAs(DemoUser.ADMIN, USERS);
        browser.click("users-form:user-new");
        browser.visible("user-form:user-email");
        browser.type("user-form:user-email", email);
        browser.type("user-form:user-name", "Lucía Vendedora");
        browser.click(By.xpath("//*[@id='user-form:user-roles']//label[normalize-space()='" + roleName + "']"));
        browser.click(By.xpath("//*[@id='user-form:user-locations']//label[normalize-space()='"
                + store.code() + " · " + store.name() + "']"));
        browser.screenshot("security-user-new");
        browser.click("user-form:user-save");
        String oneTime = browser.visible("one-time-password").getText().strip();
        assertEquals(14, oneTime.length(), "the generated one-time password is shown once");
        browser.screenshot("security-one-time");
        browser.click("one-time-form:one-time-close");

        long id = data.number("SELECT id FROM users WHERE email = ? AND deleted_at IS NULL", email);
        assertEquals(1, data.number("SELECT count(*) FROM user_locations WHERE user_id = ? AND location_id = ?", id,
                (long) store.id()));
        assertEquals(roleName, data.string("SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id"
                + " WHERE ur.user_id = ?", id));
        assertEquals("t", data.string("SELECT must_change_password::text FROM users WHERE id = ?", id).substring(0, 1));

        // the new user: held on the password page, whatever he opens
        browser.click("topbar-form:logout");
        browser.login(email, oneTime);
        assertEquals(PASSWORD_PAGE, browser.currentPath());
        browser.visible("password-form:password-forced");
        browser.open("/backoffice/inventory/locations.xhtml");
        browser.visible("password-form:current-password");
        assertEquals(PASSWORD_PAGE, browser.currentPath());

        changePassword(oneTime, "Corta-1");
        browser.awaitText(By.id("password-form"), "debe tener al menos 10");
        assertEquals(PASSWORD_PAGE, browser.currentPath());
        changePassword(oneTime, "Llama-Blanca-de-Ancash-7");
        browser.await(d -> "/index.xhtml".equals(browser.currentPath()) || "/".equals(browser.currentPath()));
        browser.visible("topbar-form:current-user");
        browser.screenshot("security-after-change");
        assertEquals("f", data.string("SELECT must_change_password::text FROM users WHERE id = ?", id).substring(0, 1));
        browser.open("/backoffice/inventory/locations.xhtml");
        browser.visible("locations-form:locations-table");
        browser.click("topbar-form:logout");
    }

    @Test
    @DisplayName("create-admin.sh makes an administrator with a one-time password: no API token, forced change at login")
    void createAdminCommand() throws Exception {
        String email = "ti-" + TestData.suffix().toLowerCase(Locale.ROOT) + "@it.colca.test";
        String output = runCreateAdmin(email);
        Matcher shown = Pattern.compile("One-time password \\(shown only now\\): (\\S+)").matcher(output);
        assertTrue(shown.find(), output);
        String oneTime = shown.group(1);
        assertEquals("admin", data.string("SELECT r.name FROM users u JOIN user_roles ur ON ur.user_id = u.id"
                + " JOIN roles r ON r.id = ur.role_id WHERE u.email = ?", email));
        assertTrue(data.string("SELECT password_hash FROM users WHERE email = ?", email).startsWith("$2a$"));
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs a JOIN users u ON a.entity_id = u.id::text"
                + " WHERE a.entity_table = 'users' AND a.action = 'CREATE' AND u.email = ?", email));

        ApiClient.Reply token = api.requestToken(email, oneTime);
        assertEquals(422, token.status(), token.toString());
        assertEquals("password-change-required", token.problemType());
        assertTrue(runCreateAdminExpectingFailure(email).contains("already exists"));

        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        browser.login(email, oneTime);
        assertEquals(PASSWORD_PAGE, browser.currentPath());
        changePassword(oneTime, "Condor-Pasa-por-Colca-9");
        browser.await(d -> "/index.xhtml".equals(browser.currentPath()) || "/".equals(browser.currentPath()));
        browser.open(USERS);
        browser.visible("users-form:users-table");
        assertEquals(200, api.requestToken(email, "Condor-Pasa-por-Colca-9").status());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void changePassword(String current, String next) {
        browser.type("password-form:current-password", current);
        browser.type("password-form:new-password", next);
        browser.type("password-form:confirm-password", next);
        browser.click("password-form:password-save");
        browser.awaitAjax();
    }

    private static String runCreateAdmin(String email) throws IOException, InterruptedException {
        Process process = createAdmin(email);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    private static String runCreateAdminExpectingFailure(String email) throws IOException, InterruptedException {
        Process process = createAdmin(email);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), output);
        return output;
    }

    private static Process createAdmin(String email) throws IOException {
        Path script = Path.of(System.getProperty("user.dir")).resolve("../wildfly-config/create-admin.sh").normalize();
        if (!Files.isExecutable(script)) {
            script = Path.of(System.getProperty("user.dir")).resolve("wildfly-config/create-admin.sh");
        }
        Matcher db = JDBC.matcher(System.getProperty("colca.db.url", "jdbc:postgresql://127.0.0.1:5434/colca"));
        assertTrue(db.matches(), "colca.db.url");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), email, "Jefa de TI")
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("COLCA_DB_HOST", db.group(1));
        env.put("COLCA_DB_PORT", db.group(2));
        env.put("COLCA_DB_NAME", db.group(3));
        env.put("COLCA_DB_USER", System.getProperty("colca.db.user", "colca"));
        env.put("COLCA_DB_PASSWORD", System.getProperty("colca.db.password", "colca"));
        return builder.start();
    }

}
