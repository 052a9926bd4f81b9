package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * The console in a real browser against the real server: FORM login, the home page's live counts
 * and the locations screen (create, edit, validation, duplicate code, soft delete with a reason,
 * and the optimistic-lock conflict when somebody else saved first).
 */
class LocationConsoleIT extends ClientIntegration {

    /** Demo users (bin/colca-test loads them): admin holds every permission. */
    private static final DemoUser USER = DemoUser.ADMIN;

    /** The home page's figures and the SQL that counts them (as DashboardService does; "today" in Lima). */
    private static final Map<String, String> HOME_COUNTS = Map.of(
            "count-products", "SELECT count(*) FROM products WHERE deleted_at IS NULL",
            "count-stock", "SELECT count(*) FROM inventory_stock",
            "count-customers", "SELECT count(*) FROM customers WHERE deleted_at IS NULL",
            "count-orders-today", "SELECT count(*) FROM orders WHERE deleted_at IS NULL AND created_at"
                    + " >= date_trunc('day', now() AT TIME ZONE 'America/Lima') AT TIME ZONE 'America/Lima'",
            "count-locations", "SELECT count(*) FROM locations WHERE is_active AND deleted_at IS NULL");

    private static final String LOCATIONS = "/backoffice/inventory/locations.xhtml";
    private static final String TABLE_BODY = "locations-form:locations-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();

    // ---- login and home -----------------------------------------------------------------------

    @Test
    @DisplayName("signing in opens the home page with the live counts")
    void loginShowsHomeWithCounts() throws SQLException {
        // a product with a stock row of its own, so the compared counts are not all zero
        TestData data = TestData.client();
        data.stock(data.product().create().variant(0).id(), data.location().create().id(), 3);

        browser.open("/");
        browser.visible("j_username");
        browser.awaitText(By.tagName("h1"), "Bienvenido");
        browser.screenshot("login");

        browser.login(USER);

        // each figure is the database's own count (DashboardService.counts), not just some number
        for (Map.Entry<String, String> count : HOME_COUNTS.entrySet()) {
            long expected = queryLong(count.getValue());
            assertEquals(String.format(Locale.US, "%,d", expected), browser.visible(count.getKey()).getText(),
                    count.getKey() + " = " + count.getValue());
        }
        assertTrue(queryLong(HOME_COUNTS.get("count-products")) > 0 && queryLong(HOME_COUNTS.get("count-stock")) > 0,
                "the compared figures include rows of this test");
        assertEquals(USER.email(), browser.visible("topbar-form:current-user").getText());
        browser.screenshot("home");

        // responsive: on a phone-sized window the side menu hides behind the menu button
        Dimension desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(414, 860));
        try {
            browser.await(d -> !d.findElement(By.id("sidebar")).isDisplayed());
            browser.screenshot("home-phone");
            browser.click(By.cssSelector(".colca-menu-toggle"));
            browser.await(d -> d.findElement(By.id("sidebar")).isDisplayed()
                    && d.findElement(By.id("sidebar")).getRect().getX() >= 0);
            browser.screenshot("home-phone-menu");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }

        // the language switch: English texts, same figures
        browser.click("topbar-form:lang-en");
        browser.awaitText("page-title", "Operations overview");
        browser.click("topbar-form:lang-es");
        browser.awaitText("page-title", "Resumen de la operación");

        // an unknown page: a friendly 404, no stack trace
        browser.open("/no-such-page.xhtml");
        String notFound = browser.awaitText("error-title", "Página no encontrada");
        assertFalse(browser.driver().getPageSource().matches("(?s).*\\.java:\\d+\\).*"),
                "no stack trace: " + notFound);
        browser.open("/");
        browser.visible("count-locations");

        // logout ends the session: the console asks for a login again
        browser.click("topbar-form:logout");
        browser.visible("j_username");
        browser.open(LOCATIONS);
        browser.visible("j_username");
    }

    @Test
    @DisplayName("a wrong password shows a clear error and does not sign in")
    void wrongPasswordShowsError() {
        browser.open("/");
        browser.submitLogin(USER.email(), "not-the-password");
        String error = browser.awaitText("login-error", "Correo o contraseña incorrectos");
        assertFalse(error.isBlank());
        assertTrue(browser.isDisplayed("j_username"), "still on the login page");
        browser.screenshot("login-error");

        // the same in English when asked for
        browser.open("/login.xhtml?lang=en");
        browser.awaitText(By.tagName("h1"), "Welcome");
        browser.submitLogin(USER.email(), "still-wrong");
        browser.awaitText("login-error", "Incorrect email or password");
    }

    // ---- locations ----------------------------------------------------------------------------

    @Test
    @DisplayName("create a location, edit it, and see the change in the list")
    void createEditAndSeeTheChange() throws SQLException {
        signInAndOpenLocations();
        browser.screenshot("locations");
        String code = uniqueCode("CE");

        create(code, "Tienda Miraflores " + code, "Av. Larco 345, Miraflores", "Tienda");
        WebElement row = search(code);
        assertTrue(row.getText().contains("Tienda Miraflores " + code), row.getText());
        assertTrue(row.getText().contains("Av. Larco 345"), row.getText());

        openEdit(code);
        assertEquals(code, browser.visible("location-form:location-code").getAttribute("value"));
        browser.screenshot("location-dialog");
        browser.type("location-form:location-name", "Tienda Larcomar " + code);
        save();

        browser.awaitText(By.id(TABLE_BODY), "Tienda Larcomar " + code);
        assertEquals("Tienda Larcomar " + code,
                queryString("SELECT name FROM locations WHERE code = ? AND deleted_at IS NULL", code));
        assertEquals(1L, queryLong("SELECT version FROM locations WHERE code = '" + code + "' AND deleted_at IS NULL"),
                "one update, one version step");
    }

    @Test
    @DisplayName("a blank name is refused next to the field; a taken code is refused next to the code")
    void validationMessages() {
        signInAndOpenLocations();
        String code = uniqueCode("VA");

        browser.click("locations-form:location-new");
        browser.visible("location-dialog");
        browser.type("location-form:location-code", code);
        browser.selectOneMenu("location-form:location-type", "Almacén");
        browser.click("location-form:location-save");
        browser.awaitText("location-form:location-name-message", "Ingrese el nombre del local.");
        assertTrue(browser.isDisplayed("location-dialog"), "the dialog stays open");
        browser.screenshot("location-validation");

        // fix it: now it saves
        browser.type("location-form:location-name", "Almacén Callao " + code);
        save();

        // the same code again (any case): the service says it is taken, on the code field
        browser.click("locations-form:location-new");
        browser.visible("location-dialog");
        browser.type("location-form:location-code", code.toLowerCase(Locale.ROOT));
        browser.type("location-form:location-name", "Otro almacén");
        browser.selectOneMenu("location-form:location-type", "Almacén");
        browser.click("location-form:location-save");
        browser.awaitText("location-form:location-code-message", "ya está en uso");
        assertTrue(browser.isDisplayed("location-dialog"), "the dialog stays open");
    }

    @Test
    @DisplayName("soft delete asks for a reason; the location leaves the list and the row keeps who, when and why")
    void softDeleteWithReason() throws SQLException {
        signInAndOpenLocations();
        String code = uniqueCode("SD");
        create(code, "Tienda a cerrar " + code, null, "Tienda");
        WebElement row = search(code);

        row.findElement(By.cssSelector("button[id$=':delete']")).click();
        browser.visible("delete-dialog");
        browser.awaitText("delete-form:delete-question", code);
        browser.click("delete-form:delete-confirm");
        browser.awaitText("delete-form:delete-reason-message", "Indique el motivo de la eliminación.");
        browser.type("delete-form:delete-reason", "   ");
        browser.click("delete-form:delete-confirm");
        browser.awaitText("delete-form:delete-reason-message", "Indique el motivo de la eliminación.");
        browser.screenshot("delete-dialog");

        browser.type("delete-form:delete-reason", "Cierre definitivo del local");
        browser.click("delete-form:delete-confirm");
        browser.invisible("delete-dialog");
        browser.awaitText(By.id(TABLE_BODY), "No se encontraron locales");

        try (Connection db = TestServer.jdbc();
             PreparedStatement st = db.prepareStatement(
                     "SELECT deleted_at, deleted_by, deletion_reason, is_active FROM locations WHERE code = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "the row is still there");
                assertNotNull(rs.getTimestamp(1), "deleted_at");
                assertNotNull(rs.getObject(2), "deleted_by");
                assertEquals("Cierre definitivo del local", rs.getString(3));
                assertFalse(rs.getBoolean(4), "a deleted location is not active");
            }
        }
    }

    @Test
    @DisplayName("saving over somebody else's change shows the conflict and keeps their change")
    void conflictWhenSomebodyElseSavedFirst() throws SQLException {
        signInAndOpenLocations();
        String code = uniqueCode("CF");
        create(code, "Tienda Surco " + code, null, "Tienda");
        search(code);
        openEdit(code);

        // behind the browser's back: another user saves first
        try (Connection db = TestServer.jdbc();
             PreparedStatement st = db.prepareStatement(
                     "UPDATE locations SET name = ?, version = version + 1 WHERE code = ? AND deleted_at IS NULL")) {
            st.setString(1, "Cambiado por otro " + code);
            st.setString(2, code);
            assertEquals(1, st.executeUpdate());
        }

        browser.type("location-form:location-name", "Mi cambio " + code);
        browser.click("location-form:location-save");
        String message = browser.awaitText("location-form:location-messages", "Otro usuario modificó");
        assertTrue(message.contains(code) || message.contains("local"), message);
        assertTrue(browser.isDisplayed("location-dialog"), "the dialog stays open");
        browser.screenshot("location-conflict");
        assertEquals("Cambiado por otro " + code,
                queryString("SELECT name FROM locations WHERE code = ? AND deleted_at IS NULL", code),
                "the other user's change is kept");

        // reload: the dialog now shows the current data and can be saved
        browser.click("location-form:location-reload");
        browser.await(d -> ("Cambiado por otro " + code).equals(
                d.findElement(By.id("location-form:location-name")).getAttribute("value")));
        browser.type("location-form:location-name", "Mi cambio " + code);
        save();
        browser.awaitText(By.id(TABLE_BODY), "Mi cambio " + code);
    }

    @Test
    @DisplayName("a user who may only look gets a clear refusal when saving")
    void viewerMayNotChange() {
        // the demo cashier holds inventory.location.view but not .edit
        browser.open(LOCATIONS);
        browser.login(DemoUser.CASHIER);
        browser.visible(TABLE_BODY);

        String code = uniqueCode("NP");
        browser.click("locations-form:location-new");
        browser.visible("location-dialog");
        browser.type("location-form:location-code", code);
        browser.type("location-form:location-name", "Sin permiso " + code);
        browser.selectOneMenu("location-form:location-type", "Tienda");
        browser.click("location-form:location-save");
        browser.awaitText("location-form:location-messages", "No tiene permiso");
        assertTrue(browser.isDisplayed("location-dialog"), "the dialog stays open");
    }

    // ---- steps --------------------------------------------------------------------------------

    private static void signInAndOpenLocations() {
        browser.open(LOCATIONS);
        browser.login(USER);
        browser.visible(TABLE_BODY);
        assertEquals(LOCATIONS, browser.currentPath(), "back on the page asked for before the login");
    }

    private static void create(String code, String name, String address, String typeLabel) {
        browser.click("locations-form:location-new");
        browser.visible("location-dialog");
        browser.type("location-form:location-code", code);
        browser.type("location-form:location-name", name);
        if (address != null) {
            browser.type("location-form:location-address", address);
        }
        browser.selectOneMenu("location-form:location-type", typeLabel);
        save();
    }

    private static void save() {
        browser.click("location-form:location-save");
        browser.invisible("location-dialog");
        browser.awaitAjax();
    }

    /** Types the code in the search box and returns the only row left. */
    private static WebElement search(String code) {
        browser.type("locations-form:location-search", code);
        By row = By.xpath("//tbody[@id='" + TABLE_BODY + "']/tr[contains(., '" + code + "')]");
        browser.await(d -> {
            List<WebElement> rows = d.findElements(By.xpath("//tbody[@id='" + TABLE_BODY + "']/tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(code);
        });
        return browser.visible(row);
    }

    private static void openEdit(String code) {
        By row = By.xpath("//tbody[@id='" + TABLE_BODY + "']/tr[contains(., '" + code + "')]");
        browser.visible(row).findElement(By.cssSelector("button[id$=':edit']")).click();
        browser.visible("location-dialog");
        browser.await(d -> code.equals(d.findElement(By.id("location-form:location-code")).getAttribute("value")));
    }

    private static String uniqueCode(String prefix) {
        return "IT-" + prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private static long queryLong(String sql) throws SQLException {
        try (Connection db = TestServer.jdbc(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String queryString(String sql, String param) throws SQLException {
        try (Connection db = TestServer.jdbc(); PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, param);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
