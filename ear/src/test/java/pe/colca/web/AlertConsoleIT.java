package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * Low-stock alerts in a real browser, as the demo warehouse clerk (inventory.view and
 * inventory.alert.edit): a threshold set on the alerts screen (an unknown SKU refused first), a
 * sale below it, the alert on the console home page with its link to the stock of the location,
 * the raised state on the alerts screen, and the threshold deleted after a confirmation.
 */
class AlertConsoleIT extends ClientIntegration {

    private static final DemoUser USER = DemoUser.WAREHOUSE;
    private static final String ALERTS = "/backoffice/inventory/alerts.xhtml";
    private static final String ALERTS_BODY = "alerts-form:alerts-table_data";
    private static final String HOME_BODY = "low-stock-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("set a threshold, sell below it, see the alert on the home page, delete the threshold")
    void thresholdSaleHomePage() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String code = "IT-ALR-" + suffix;
        int location = location(code, "Tienda Cusco " + suffix);
        String sku = "IT-CASACA-" + suffix;
        long variant = variant(sku, "Casaca de alpaca " + suffix);
        move("/receipts", api.token(USER.email()), variant, location, 10);

        browser.open(ALERTS);
        browser.login(USER);
        assertEquals(ALERTS, browser.currentPath());

        // a new threshold: an unknown SKU is refused next to the field, then 5 for the casaca
        browser.click("alerts-form:alert-new");
        browser.visible("alert-dialog");
        browser.selectOneMenu("alert-form:alert-location", code + " · Tienda Cusco " + suffix);
        browser.type("alert-form:alert-sku", "no-such-sku-" + suffix);
        browser.type("alert-form:alert-threshold_input", "5");
        browser.click("alert-form:alert-save");
        browser.awaitText("alert-form:alert-sku-message", "No existe una variante activa con ese SKU.");
        browser.type("alert-form:alert-sku", sku.toLowerCase(Locale.ROOT));
        browser.click("alert-form:alert-save");
        browser.invisible("alert-dialog");
        browser.type("alerts-form:alert-search", sku);
        // the search re-filters the table after typing: read the row only once it is the new one
        String rowText = browser.await(d -> {
            String text = alertRow(sku).getText();
            return text.contains("En orden") ? text : null;
        });
        assertTrue(rowText.contains(code), rowText);
        assertEquals(5, number("SELECT min_threshold FROM inventory_alerts WHERE variant_id = ? AND location_id = ?",
                variant, (long) location));
        browser.screenshot("alerts");

        // a sale takes available to 4: below the threshold
        move("/sales", api.token("cashier@colca.test"), variant, location, 6);

        // the home page lists it: location, SKU, 4 / 5
        browser.click("brand");
        WebElement alert = browser.visible(By.xpath("//tbody[@id='" + HOME_BODY + "']/tr[contains(., '" + sku + "')]"));
        assertTrue(alert.getText().contains(code), alert.getText());
        assertEquals("4", alert.findElement(By.cssSelector(".low-stock-available")).getText().strip());
        assertTrue(alert.findElement(By.cssSelector(".low-stock-threshold")).getText().contains("5"), alert.getText());
        browser.screenshot("home-low-stock");
        // its link opens the stock of that location
        alert.findElement(By.cssSelector("a.low-stock-link")).click();
        browser.visible("stock-form:stock-table");
        assertTrue(browser.driver().getCurrentUrl().contains("location=" + location), browser.driver().getCurrentUrl());
        browser.awaitText(By.id("stock-form:location_label"), code);

        // the alerts screen shows it raised, with when it fired; then the threshold is deleted
        browser.open(ALERTS);
        browser.click(By.xpath("//*[@id='alerts-form:state-filter']//*[contains(@class, 'ui-button') and contains(., 'Bajo el umbral')]"));
        browser.awaitAjax();
        browser.type("alerts-form:alert-search", sku);
        browser.await(d -> alertRow(sku).getText().contains("Bajo el umbral"));
        assertTrue(alertRow(sku).getText().contains("1 alerta(s) en total"), alertRow(sku).getText());
        browser.click(By.xpath("//tbody[@id='" + ALERTS_BODY + "']/tr[contains(., '" + sku + "')]//button[contains(@id, ':delete')]"));
        browser.visible("alert-delete-dialog");
        browser.awaitText("alert-delete-form:alert-delete-question", sku);
        browser.click("alert-delete-form:alert-delete-confirm");
        browser.invisible("alert-delete-dialog");
        browser.awaitText(By.id(ALERTS_BODY), "No hay umbrales");
        assertEquals(0, number("SELECT count(*) FROM inventory_alerts WHERE variant_id = ?", variant));

        // and the home page no longer lists it
        browser.open("/index.xhtml");
        browser.visible("low-stock");
        assertTrue(browser.driver().findElements(
                By.xpath("//tbody[@id='" + HOME_BODY + "']/tr[contains(., '" + sku + "')]")).isEmpty());
    }

    private static WebElement alertRow(String sku) {
        return browser.visible(By.xpath("//tbody[@id='" + ALERTS_BODY + "']/tr[contains(., '" + sku + "')]"));
    }

    private void move(String path, String token, long variant, int location, int quantity) {
        Reply r = api.post("/api/v1/inventory" + path, token, Json.createObjectBuilder().add("variantId", variant)
                .add("locationId", location).add("quantity", quantity).build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    // ---- data ---------------------------------------------------------------------------------

    private static int location(String code, String name) throws SQLException {
        return TestData.client().location().code(code).name(name).create().id();
    }

    /** A product (S/ 259.00, cost S/ 120.00) with one variant, size L; returns the variant id. */
    private static long variant(String sku, String productName) throws SQLException {
        return TestData.client().product().name(productName).price("259.00").cost("120.00").skus(sku)
                .sizeAndColor("L", null).create().variant(0).id();
    }

    private static long number(String sql, Object... args) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
