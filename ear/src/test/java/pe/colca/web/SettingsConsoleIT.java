package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * Configuración → Parámetros in a real browser: editing a value with the input of its type, who
 * changed it shown in the list, the conflict when somebody saved first, encrypted values masked, and
 * the menu entry only for users who may see settings. Each test works on settings of its own
 * ({@code it.console.*}, inserted and deleted here), so the real ones stay as they are.
 */
class SettingsConsoleIT extends ClientIntegration {

    private static final TestData DATA = TestData.client();

    private static final String ADMIN = "admin@colca.test";
    private static final String PASSWORD = System.getenv().getOrDefault("COLCA_DEMO_PASSWORD", "demo1234");
    private static final String PAGE = "/backoffice/settings/parameters.xhtml";
    private static final String TABLE_BODY = "settings-form:settings-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();


    @Test
    @DisplayName("an administrator edits a number in the dialog; the list shows the new value and who changed it")
    void editOneValue() throws SQLException {
        String key = DATA.setting("console", "INTEGER", "5", false, "_minutes");
        try {
            signInAndOpen();
            assertFalse(browser.driver().findElements(By.cssSelector("#sidebar a[href*='/backoffice/settings/parameters']"))
                    .isEmpty(), "the menu entry is there");
            openEdit(key);
            assertTrue(browser.isDisplayed("setting-form:setting-integer"), "an INTEGER gets a number input");

            replace("setting-form:setting-integer_input", "0");
            browser.click("setting-form:setting-save");
            browser.awaitText("setting-form:setting-messages", "mayor que cero");
            assertEquals("5", value(key), "a refused value changes nothing");

            replace("setting-form:setting-integer_input", "12");
            save();
            WebElement row = browser.visible(rowOf(key));
            browser.await(d -> d.findElement(rowOf(key)).getText().contains("12"));
            assertTrue(browser.visible(rowOf(key)).getText().contains(ADMIN), row.getText());
            browser.screenshot("settings-edited");
            assertEquals("12", value(key));
            assertEquals(1L, longValue("SELECT version FROM system_settings WHERE setting_key = ?", key));
            assertEquals(longValue("SELECT id FROM users WHERE email = ?", ADMIN),
                    longValue("SELECT last_updated_by FROM system_settings WHERE setting_key = ?", key));
        } finally {
            DATA.removeSetting(key);
        }
    }

    @Test
    @DisplayName("saving over somebody else's change shows the conflict, keeps their value, and reload shows it")
    void conflictWhenSomebodyElseSavedFirst() throws SQLException {
        String key = DATA.setting("console", "INTEGER", "5", false, "_count");
        try {
            signInAndOpen();
            openEdit(key);

            // behind the browser's back: another administrator saves first
            try (Connection db = TestServer.jdbc(); PreparedStatement st = db.prepareStatement(
                    "UPDATE system_settings SET value = '20', version = version + 1 WHERE setting_key = ?")) {
                st.setString(1, key);
                assertEquals(1, st.executeUpdate());
            }

            replace("setting-form:setting-integer_input", "13");
            browser.click("setting-form:setting-save");
            browser.awaitText("setting-form:setting-messages", "Otro usuario modificó");
            assertTrue(browser.isDisplayed("setting-dialog"), "the dialog stays open");
            browser.visible("setting-form:setting-reload");
            browser.screenshot("settings-conflict");
            assertEquals("20", value(key), "the other change is kept");

            browser.click("setting-form:setting-reload");
            browser.await(d -> "20".equals(d.findElement(By.id("setting-form:setting-integer_input"))
                    .getAttribute("value")));
            replace("setting-form:setting-integer_input", "14");
            save();
            assertEquals("14", value(key));
        } finally {
            DATA.removeSetting(key);
        }
    }

    @Test
    @DisplayName("an encrypted value shows as •••• and is never in the page; a boolean gets a toggle")
    void encryptedMaskedAndBooleanToggle() throws SQLException {
        String secretKey = DATA.setting("console", "STRING", "gcm1:bm90LWEtcmVhbC1jaXBoZXJ0ZXh0LWJ1dC1wcml2YXRl", true, "_token");
        String flagKey = DATA.setting("console", "BOOLEAN", "false", false, "_enabled");
        try {
            signInAndOpen();
            search("it.console.");
            browser.await(d -> d.findElement(rowOf(secretKey)).getText().contains("••••"));
            assertFalse(browser.driver().getPageSource().contains("bm90LWEtcmVhbC1jaXBoZXJ0ZXh0"),
                    "the stored text never reaches the browser");
            openEditShown(secretKey);
            WebElement secret = browser.visible("setting-form:setting-secret");
            assertEquals("", secret.getAttribute("value"));
            assertEquals("password", secret.getAttribute("type"));
            browser.click("setting-form:setting-cancel");
            browser.invisible("setting-dialog");

            openEditShown(flagKey);
            browser.visible("setting-form:setting-flag");
            browser.click(By.cssSelector("#setting-form\\:setting-flag .ui-toggleswitch-slider"));
            save();
            assertEquals("true", value(flagKey));
            browser.await(d -> d.findElement(rowOf(flagKey)).getText().contains("Sí"));
        } finally {
            DATA.removeSetting(secretKey);
            DATA.removeSetting(flagKey);
        }
    }

    @Test
    @DisplayName("a user without settings.view does not see Configuración in the menu and the list refuses him")
    void hiddenWithoutPermission() {
        browser.open("/index.xhtml");
        browser.login("cashier@colca.test", PASSWORD);
        String menu = browser.driver().findElement(By.id("sidebar")).getAttribute("textContent");
        assertTrue(menu.contains("Inventario"), menu);
        assertFalse(menu.contains("Configuración"), menu);
        assertFalse(menu.contains("Parámetros"), menu);
        assertTrue(browser.driver().findElements(By.cssSelector("#sidebar a[href*='/backoffice/settings/']")).isEmpty());
        // the screen itself answers with the 403 page (ScreenPermissionFilter), not with the screen
        browser.open(PAGE);
        browser.awaitText("error-title", "Acceso denegado");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void signInAndOpen() {
        browser.open(PAGE);
        browser.login(ADMIN, PASSWORD);
        browser.visible(TABLE_BODY);
        assertEquals(PAGE, browser.currentPath());
    }

    private static By rowOf(String key) {
        return By.xpath("//tbody[@id='" + TABLE_BODY + "']/tr[contains(., '" + key + "')]");
    }

    /** Types the search text and waits until every row shown matches it (the search runs after a pause). */
    private static void search(String text) {
        browser.type("settings-form:setting-search", text);
        browser.await(d -> {
            List<WebElement> rows = d.findElements(By.xpath("//tbody[@id='" + TABLE_BODY + "']/tr"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains(text));
        });
        browser.awaitAjax();
    }

    private static void openEdit(String key) {
        search(key);
        browser.await(d -> {
            List<WebElement> rows = d.findElements(By.xpath("//tbody[@id='" + TABLE_BODY + "']/tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(key);
        });
        openEditShown(key);
    }

    private static void openEditShown(String key) {
        browser.visible(rowOf(key)).findElement(By.cssSelector("button[id$=':edit']")).click();
        browser.visible("setting-dialog");
        browser.awaitText("setting-form:setting-key", key);
    }

    /** Replaces the text of a number input (its formatter ignores a plain clear()). */
    private static void replace(String id, String text) {
        browser.visible(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static void save() {
        browser.click("setting-form:setting-save");
        browser.invisible("setting-dialog");
        browser.awaitAjax();
    }



    private static String value(String key) throws SQLException {
        try (Connection db = TestServer.jdbc();
             PreparedStatement st = db.prepareStatement("SELECT value FROM system_settings WHERE setting_key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long longValue(String sql, String param) throws SQLException {
        try (Connection db = TestServer.jdbc(); PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, param);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
