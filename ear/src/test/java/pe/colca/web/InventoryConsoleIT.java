package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * The inventory screens in a real browser, as the demo warehouse clerk (inventory.view, .receive,
 * .adjust): a receipt recorded on the stock screen, an adjustment (a blank reason refused first),
 * the low-stock highlight and valuation at cost, both lines in the ledger filtered by the location,
 * the CSV export, and the database behind it all.
 */
class InventoryConsoleIT extends ClientIntegration {

    private static final DemoUser USER = DemoUser.WAREHOUSE;

    private static final String STOCK = "/backoffice/inventory/stock.xhtml";
    private static final String STOCK_BODY = "stock-form:stock-table_data";
    private static final String MOVES_BODY = "movements-form:movements-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    @DisplayName("receive, adjust with a reason, and find both lines in the ledger of the location")
    void receiveAdjustAndSeeTheLedger() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String code = "IT-INV-" + suffix;
        int location = location(code, "Tienda Arequipa " + suffix);
        String sku = "IT-POLO-" + suffix;
        long variant = variant(sku, "Polo piqué " + suffix);
        String locationLabel = code + " · Tienda Arequipa " + suffix;

        browser.open(STOCK);
        browser.login(USER);
        assertEquals(STOCK, browser.currentPath());
        browser.selectOneMenu("stock-form:location", locationLabel);
        browser.awaitText(By.id(STOCK_BODY), "No hay stock");

        // a receipt of 12 units: the line appears with 12 on hand, valued at cost (8.50 each)
        browser.click("stock-form:receipt-new");
        browser.visible("receipt-dialog");
        browser.type("receipt-form:receipt-sku", "no-such-sku-" + suffix);
        browser.type("receipt-form:receipt-quantity_input", "12");
        browser.click("receipt-form:receipt-save");
        browser.awaitText("receipt-form:receipt-sku-message", "No existe una variante activa con ese SKU.");
        browser.type("receipt-form:receipt-sku", sku.toLowerCase(Locale.ROOT));
        browser.type("receipt-form:receipt-reference", "GR-" + suffix);
        browser.screenshot("stock-receipt-dialog");
        browser.click("receipt-form:receipt-save");
        browser.invisible("receipt-dialog");
        WebElement row = stockRow(sku);
        assertEquals("12", cell(row, 2), row.getText());
        assertEquals("12", cell(row, 4), row.getText());
        assertEquals("S/ 102.00", cell(row, 5), row.getText());
        assertEquals("S/ 102.00", browser.visible("stock-form:summary-value").getText());

        // an adjustment of -8: a blank reason is refused (after the confirmation), then it posts
        browser.click(By.xpath("//tbody[@id='" + STOCK_BODY + "']/tr[contains(., '" + sku + "')]//button[contains(@id, ':adjust')]"));
        browser.visible("adjust-dialog");
        browser.awaitText("adjust-dialog-title", sku);
        browser.type("adjust-form:adjust-quantity_input", "-8");
        browser.awaitAjax();
        browser.type("adjust-form:adjust-reason", "   ");
        confirmAdjustment();
        browser.awaitText("adjust-form:adjust-reason-message", "Indique el motivo del ajuste.");
        assertTrue(browser.isDisplayed("adjust-dialog"), "the dialog stays open");
        browser.screenshot("stock-adjust-refused");
        assertEquals(1, number("SELECT count(*) FROM inventory_movements WHERE variant_id = ?", variant),
                "nothing posted without a reason");

        browser.type("adjust-form:adjust-reason", "Mercadería dañada en exhibición");
        browser.type("adjust-form:adjust-reference", "ACTA-" + suffix);
        confirmAdjustment();
        browser.invisible("adjust-dialog");
        browser.await(d -> "4".equals(cell(stockRow(sku), 2)));
        row = stockRow(sku);
        assertTrue(row.getAttribute("class").contains("colca-row-low"), "4 available is low stock: " + row.getAttribute("class"));
        assertEquals("S/ 34.00", browser.visible("stock-form:summary-value").getText());
        assertEquals("1", browser.visible("stock-form:summary-low").getText());
        browser.awaitAjax();
        browser.screenshot("stock");

        // the ledger, reached from the side menu, filtered by the location: both lines, newest first
        browser.click(By.cssSelector("a.colca-nav-item[href*='movements.xhtml']"));
        browser.visible(MOVES_BODY);
        browser.selectOneMenu("movements-form:location-filter", locationLabel);
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='" + MOVES_BODY + "']/tr[contains(., '" + sku + "')]")).size() == 2);
        List<String> lines = new ArrayList<>();
        for (WebElement tr : browser.driver().findElements(By.xpath("//tbody[@id='" + MOVES_BODY + "']/tr"))) {
            lines.add(tr.getText());
        }
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).contains("Ajuste") && lines.get(0).contains("−8")
                && lines.get(0).contains("Mercadería dañada en exhibición"), lines.get(0));
        assertTrue(lines.get(1).contains("Ingreso por compra") && lines.get(1).contains("+12")
                && lines.get(1).contains("GR-" + suffix), lines.get(1));
        browser.awaitAjax();
        browser.screenshot("movements");

        // the type filter narrows it to the adjustment
        browser.selectOneMenu("movements-form:type-filter", "Ajuste");
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='" + MOVES_BODY + "']/tr")).size() == 1);
        browser.selectOneMenu("movements-form:type-filter", "Todos los tipos");
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='" + MOVES_BODY + "']/tr")).size() == 2);

        // the CSV export of the filtered lines: UTF-8 with a BOM, accents intact
        String csv = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var form = document.getElementById('movements-form');"
                        + "var data = new URLSearchParams(new FormData(form));"
                        + "data.append('movements-form:export-csv', 'movements-form:export-csv');"
                        + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(function (r) { return r.arrayBuffer().then(function (b) {"
                        + "  var u = new Uint8Array(b);"
                        + "  done(r.headers.get('Content-Type') + '|' + u[0] + ',' + u[1] + ',' + u[2] + '|'"
                        + "       + new TextDecoder('utf-8').decode(u.subarray(3))); }); })"
                        + ".catch(function (e) { done('ERROR ' + e); });");
        String[] parts = csv.split("\\|", 3);
        assertTrue(parts[0].startsWith("text/csv"), csv);
        assertEquals("239,187,191", parts[1], "UTF-8 byte-order mark");
        String[] csvLines = parts[2].split("\\r?\\n");
        assertEquals(3, csvLines.length, parts[2]);
        assertTrue(csvLines[0].startsWith("ID,Fecha y hora (Lima),Tipo,SKU,Producto"), csvLines[0]);
        assertTrue(csvLines[1].contains(",Ajuste," + sku + ",Polo piqué " + suffix + ",") && csvLines[1].contains(",-8,"),
                csvLines[1]);
        assertTrue(csvLines[1].contains("Mercadería dañada en exhibición"), csvLines[1]);
        assertTrue(csvLines[2].contains(",Ingreso por compra,") && csvLines[2].contains(",12,"), csvLines[2]);

        // the database: on hand 4, and the two ledger lines with what the clerk typed
        assertEquals(4, number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                variant, (long) location));
        assertEquals(4, number("SELECT coalesce(sum(CASE WHEN to_location_id = ? THEN quantity ELSE -quantity END), 0)"
                + " FROM inventory_movements WHERE variant_id = ?", (long) location, variant), "ledger sum = on hand");
        try (Connection db = TestServer.jdbc();
             PreparedStatement st = db.prepareStatement("SELECT movement_type, quantity, from_location_id, to_location_id,"
                     + " reference_doc, notes, user_id FROM inventory_movements WHERE variant_id = ? ORDER BY id")) {
            st.setLong(1, variant);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("PURCHASE_RECEIPT", rs.getString(1));
                assertEquals(12, rs.getInt(2));
                assertEquals(location, rs.getInt(4));
                assertEquals("GR-" + suffix, rs.getString(5));
                long clerk = rs.getLong(7);
                assertTrue(rs.next());
                assertEquals("ADJUSTMENT", rs.getString(1));
                assertEquals(8, rs.getInt(2));
                assertEquals(location, rs.getInt(3));
                assertEquals("ACTA-" + suffix, rs.getString(5));
                assertEquals("Mercadería dañada en exhibición", rs.getString(6));
                assertEquals(clerk, number("SELECT id FROM users WHERE email = ?", USER.email()), "posted as the clerk");
                assertEquals(clerk, rs.getLong(7));
                assertTrue(!rs.next(), "two lines");
            }
        }

        // English texts on the same screen
        browser.click("topbar-form:lang-en");
        browser.awaitText("page-title", "Stock movements");
    }

    // ---- steps --------------------------------------------------------------------------------

    private static void confirmAdjustment() {
        browser.click("adjust-form:adjust-save");
        browser.visible("confirm-dialog");
        browser.click("confirm-yes");
        browser.awaitAjax();
    }

    private static WebElement stockRow(String sku) {
        return browser.visible(By.xpath("//tbody[@id='" + STOCK_BODY + "']/tr[contains(., '" + sku + "')]"));
    }

    /** Text of the n-th cell (1-based) without the reflow label PrimeFaces adds for small screens. */
    private static String cell(WebElement row, int n) {
        WebElement td = row.findElement(By.xpath("./td[" + n + "]"));
        String all = td.getText();
        List<WebElement> titles = td.findElements(By.cssSelector(".ui-column-title"));
        String title = titles.isEmpty() ? "" : titles.get(0).getText();
        return all.substring(title.length()).strip();
    }

    // ---- data ---------------------------------------------------------------------------------

    private static int location(String code, String name) throws SQLException {
        return TestData.client().location().code(code).name(name).create().id();
    }

    /** A product (cost S/ 8.50) with one variant, size M, blue; returns the variant id. */
    private static long variant(String sku, String productName) throws SQLException {
        return TestData.client().product().name(productName).skus(sku).sizeAndColor("M", "Azul").create().variant(0).id();
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
