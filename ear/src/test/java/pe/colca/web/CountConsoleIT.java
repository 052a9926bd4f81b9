package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import pe.colca.testing.ApiClient;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * A physical count in a real browser, as the demo store manager (inventory.count and
 * inventory.count.approve): a count started from the counts screen, a barcode scanned four times
 * in the scan box (one unit short of the system's five), another line typed in the grid, submitted,
 * approved after the confirmation that shows the correction at cost, and the stock screen showing
 * the corrected quantity, with the COUNT_CORRECTION line in the ledger.
 */
class CountConsoleIT extends ClientIntegration {

    private static final DemoUser USER = DemoUser.MANAGER;
    private static final String COUNTS = "/backoffice/inventory/counts.xhtml";
    private static final String LINES_BODY = "count-form:lines-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    @DisplayName("scan a count with a shortage, approve it, and see the corrected stock and ledger")
    void scanApproveAndSeeTheStock() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String code = "IT-CNT-" + suffix;
        int location = location(code, "Tienda Cusco " + suffix);
        String skuA = "IT-GORRO-" + suffix;
        String barcodeA = "77" + Math.abs(suffix.hashCode() % 1_000_000_000L) + "1";
        long a = variant(skuA, barcodeA, "Gorro de alpaca " + suffix);
        String skuB = "IT-CHAL-" + suffix;
        long b = variant(skuB, null, "Chal tejido " + suffix);
        ApiClient api = new ApiClient();
        String warehouse = api.token("warehouse@colca.test");
        receive(api, warehouse, a, location, 5);
        receive(api, warehouse, b, location, 3);

        browser.open(COUNTS);
        browser.login(USER);
        assertEquals(COUNTS, browser.currentPath());

        // start an ALL count of the location: the count page opens with 0 of 2 lines counted
        browser.click("counts-form:count-new");
        browser.visible("start-dialog");
        browser.selectOneMenu("start-form:start-location", code + " · Tienda Cusco " + suffix);
        browser.click("start-form:start-save");
        browser.awaitText("count-form:count-progress", "0 de 2 líneas contadas");
        assertTrue(browser.currentPath().endsWith("/backoffice/inventory/count.xhtml"), browser.currentPath());

        // a second count of the same location is refused with a clear message
        browser.open(COUNTS);
        browser.click("counts-form:count-new");
        browser.visible("start-dialog");
        browser.selectOneMenu("start-form:start-location", code + " · Tienda Cusco " + suffix);
        browser.click("start-form:start-save");
        browser.awaitText("start-form:start-messages", "ya tiene un conteo sin terminar");
        browser.screenshot("count-second-refused");
        browser.click("start-form:start-cancel");
        browser.invisible("start-dialog");
        browser.click(By.xpath("//tbody[@id='counts-form:counts-table_data']/tr[contains(., '" + code + "')]//a"));
        browser.awaitText("count-form:count-progress", "0 de 2 líneas contadas");

        // one scan of the barcode, then three as fast as a scanner sends them (the box is emptied at once and
        // the scans queue in order: none is lost), an unknown code, then B typed; the scan box keeps the focus
        WebElement box = browser.visible("count-form:scan-code");
        box.sendKeys(barcodeA, Keys.ENTER);
        browser.awaitText("count-form:scan-messages", skuA + ": 1");
        browser.awaitAjax();
        browser.visible("count-form:scan-code").sendKeys(barcodeA, Keys.ENTER, barcodeA, Keys.ENTER, barcodeA, Keys.ENTER);
        browser.awaitText("count-form:scan-messages", skuA + ": 4");
        browser.awaitAjax();
        assertEquals("count-form:scan-code", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the scan box keeps the focus");
        WebElement rowA = row(skuA);
        assertTrue(rowA.getAttribute("class").contains("colca-row-scanned"), rowA.getAttribute("class"));
        assertTrue(rowA.getText().contains("-1"), rowA.getText());
        browser.visible("count-form:scan-code").sendKeys("NO-EXISTE-" + suffix, Keys.ENTER);
        browser.awaitText("count-form:scan-messages", "no es el código de barras ni el SKU");
        WebElement countedB = browser.visible("counted-" + b);
        countedB.clear();
        countedB.sendKeys("3", Keys.TAB);
        browser.awaitText("count-form:count-progress", "2 de 2 líneas contadas");
        browser.screenshot("count-scanned");

        // only differences: just A
        browser.click(By.cssSelector("#count-form\\:differences-only .ui-toggleswitch-slider"));
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='" + LINES_BODY + "']/tr")).size() == 1);
        assertTrue(row(skuA).isDisplayed());

        // submit (confirmed), approve: the dialog sums up one unit out at S/ 8.50
        top();
        browser.click("count-form:submit-count");
        browser.visible("confirm-dialog");
        browser.click("confirm-yes");
        browser.awaitText("count-status", "Enviado");
        // separation of duties: the manager submitted it, so another approver (the administrator) approves
        long countId = number("SELECT id FROM inventory_counts WHERE location_id = ?", location);
        browser.driver().manage().deleteAllCookies();
        browser.openAs(DemoUser.ADMIN, "/backoffice/inventory/count.xhtml?id=" + countId);
        browser.awaitText("count-status", "Enviado");
        top();
        browser.click("count-form:approve-count");
        browser.visible("approve-dialog");
        assertEquals("−1", browser.visible("approve-form:approve-units-out").getText());
        assertEquals("S/ 8.50", browser.visible("approve-form:approve-value-out").getText());
        browser.screenshot("count-approve-dialog");
        browser.click("approve-form:approve-save");
        browser.invisible("approve-dialog");
        browser.awaitText("count-status", "Aprobado");

        assertEquals(4, number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                a, location));
        assertEquals(1, number("SELECT count(*) FROM inventory_movements WHERE variant_id = ? AND from_location_id = ?"
                + " AND movement_type = 'COUNT_CORRECTION' AND quantity = 1", a, location));
        assertEquals(0, number("SELECT count(*) FROM inventory_movements WHERE variant_id = ?"
                + " AND movement_type = 'COUNT_CORRECTION'", b));

        // the stock screen shows the corrected quantity, the ledger the correction
        browser.open("/backoffice/inventory/stock.xhtml?location=" + location);
        WebElement stock = browser.visible(By.xpath("//tbody[@id='stock-form:stock-table_data']/tr[contains(., '"
                + skuA + "')]"));
        assertTrue(stock.findElement(By.xpath("./td[2]")).getText().contains("4"), stock.getText());
        browser.screenshot("count-stock-after");
        browser.open("/backoffice/inventory/movements.xhtml");
        browser.selectOneMenu("movements-form:location-filter", code + " · Tienda Cusco " + suffix);
        browser.awaitText(By.id("movements-form:movements-table_data"), "Corrección por conteo");

        // the audit snapshot on demand, after a confirmation: one MANUAL row per stock row
        browser.open(COUNTS);
        browser.click("counts-form:snapshot-now");
        browser.visible("confirm-dialog");
        browser.click("confirm-yes");
        browser.awaitText(By.cssSelector(".ui-growl"), "Foto del stock registrada");
        assertEquals(4, number("SELECT snapshot_quantity FROM inventory_audit_snapshots WHERE variant_id = ?"
                + " AND location_id = ? AND snapshot_type = 'MANUAL'", a, location));
    }

    /** Back to the top of the page: the header's buttons must not be under the fixed top bar. */
    private static void top() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
    }

    private static WebElement row(String sku) {
        return browser.visible(By.xpath("//tbody[@id='" + LINES_BODY + "']/tr[contains(., '" + sku + "')]"));
    }

    private static void receive(ApiClient api, String token, long variant, int location, int quantity) {
        ApiClient.Reply r = api.post("/api/v1/inventory/receipts", token, "{\"variantId\":" + variant
                + ",\"locationId\":" + location + ",\"quantity\":" + quantity + "}");
        assertEquals(201, r.status(), r.toString());
    }

    // ---- data ---------------------------------------------------------------------------------

    private static int location(String code, String name) throws SQLException {
        return TestData.client().location().code(code).name(name).create().id();
    }

    /** A product (cost S/ 8.50) with one variant of this SKU and barcode; returns the variant id. */
    private static long variant(String sku, String barcode, String productName) throws SQLException {
        return TestData.client().product().name(productName).skus(sku).barcodes(barcode).sizeAndColor(null, null)
                .create().variant(0).id();
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
