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
import org.openqa.selenium.Keys;
import pe.colca.testing.ApiClient;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * The transfer screens in a real browser, as the demo warehouse clerk (inventory.transfer): a draft
 * built by scanning a SKU (twice: one line), dispatched after a confirmation (the stock at the source
 * drops), received in part (the stock at the destination rises), closed with a reason for the
 * missing unit, and the list showing it received; every effect checked in the database.
 */
class TransferConsoleIT extends ClientIntegration {

    private static final DemoUser USER = DemoUser.WAREHOUSE;
    private static final String LIST = "/backoffice/inventory/transfers.xhtml";
    private static final String LINES = "transfer-form:lines-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    @DisplayName("create by scanning, dispatch (source drops), receive in part (destination rises), close short")
    void createDispatchReceive() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        int source = location("IT-ALM-" + suffix, "Almacén Callao " + suffix);
        int destination = location("IT-TDA-" + suffix, "Tienda Cusco " + suffix);
        String sku = "IT-CASACA-" + suffix;
        long variant = variant(sku, "Casaca impermeable " + suffix);
        ApiClient api = new ApiClient();
        assertEquals(201, api.post("/api/v1/inventory/receipts", api.token(USER.email()), Json.createObjectBuilder()
                .add("variantId", variant).add("locationId", source).add("quantity", 10).build().toString()).status());

        browser.open(LIST);
        browser.login(USER);
        browser.visible("transfers-form:transfers-table");

        // a new draft: both locations, the SKU scanned with 3, then once more (Enter adds 1 to the same line)
        browser.click("transfers-form:transfer-new");
        browser.visible("transfer-form:scan-code");
        browser.selectOneMenu("transfer-form:from-location", "IT-ALM-" + suffix + " · Almacén Callao " + suffix);
        browser.selectOneMenu("transfer-form:to-location", "IT-TDA-" + suffix + " · Tienda Cusco " + suffix);
        replace("transfer-form:scan-quantity_input", "3");
        browser.type("transfer-form:scan-code", "no-such-" + suffix);
        browser.visible("transfer-form:scan-code").sendKeys(Keys.ENTER);
        browser.awaitText("transfer-form:scan-message", "No hay ninguna variante");
        browser.type("transfer-form:scan-code", sku.toLowerCase(Locale.ROOT));
        browser.visible("transfer-form:scan-code").sendKeys(Keys.ENTER);
        browser.awaitText(By.id(LINES), sku);
        browser.awaitAjax();
        browser.type("transfer-form:scan-code", sku);
        browser.visible("transfer-form:scan-code").sendKeys(Keys.ENTER);
        browser.awaitText("transfer-form:units", "1 línea(s), 4 unidad(es)");
        assertEquals(1, browser.driver().findElements(By.xpath("//tbody[@id='" + LINES + "']/tr")).size());
        browser.click("transfer-form:save");
        browser.awaitText("transfer-form:status", "Borrador");
        assertTrue(browser.currentPath().endsWith("/backoffice/inventory/transfer.xhtml"), browser.currentPath());
        long transfer = number("SELECT id FROM inventory_transfers WHERE from_location_id = ?", (long) source);
        assertEquals(4, number("SELECT quantity_sent FROM inventory_transfer_lines WHERE transfer_id = ?", transfer));
        assertEquals(10, onHand(variant, source), "a draft moves nothing");
        browser.screenshot("transfer-draft");

        // dispatch, confirmed: the 4 units leave the source
        browser.click("transfer-form:dispatch");
        browser.visible("confirm-dialog");
        browser.click("confirm-yes");
        browser.awaitText("transfer-form:status", "Despachado");
        assertEquals(6, onHand(variant, source), "the stock at the source dropped");
        assertEquals(1, number("SELECT count(*) FROM inventory_movements WHERE variant_id = ? AND movement_type ="
                + " 'TRANSFER_OUT' AND from_location_id = ?", variant, (long) source));

        // receive 3 of the 4 (the dialog proposes 4)
        browser.click("transfer-form:receive-open");
        browser.visible("receive-dialog");
        String field = "receive-form:receive-table:0:receive-quantity_input";
        browser.await(d -> "4".equals(d.findElement(By.id(field)).getAttribute("value")));
        replace(field, "3");
        browser.click("receive-form:receive-save");
        browser.visible("confirm-dialog");
        browser.click("confirm-yes");
        browser.invisible("receive-dialog");
        browser.awaitText("transfer-form:status", "Recibido en parte");
        assertEquals(3, onHand(variant, destination), "the stock at the destination rose");
        browser.screenshot("transfer-partial");

        // close short: the missing unit recorded with its reason
        browser.click("transfer-form:close-open");
        browser.visible("close-dialog");
        browser.type("close-form:close-table:0:close-line-reason", "Caja abierta al llegar");
        browser.click("close-form:close-save");
        browser.visible("confirm-dialog");
        browser.click("confirm-yes");
        browser.invisible("close-dialog");
        browser.awaitText("transfer-form:status", "Recibido");
        browser.awaitText(By.id("timeline"), "Cerrado con diferencias");
        assertEquals(1, number("SELECT discrepancy_quantity FROM inventory_transfer_lines WHERE transfer_id = ?",
                transfer));
        assertEquals(6, onHand(variant, source));
        assertEquals(3, onHand(variant, destination));
        for (int l : new int[] {source, destination}) {
            assertEquals(onHand(variant, l), number("SELECT coalesce(sum(CASE WHEN to_location_id = ? THEN quantity"
                    + " ELSE -quantity END), 0) FROM inventory_movements WHERE variant_id = ?"
                    + " AND (from_location_id = ? OR to_location_id = ?)", (long) l, variant, (long) l, (long) l),
                    "ledger sum = on hand");
        }
        browser.screenshot("transfer-closed");

        // back to the list, filtered by status and searched by number
        browser.click("transfer-form:back");
        browser.visible("transfers-form:transfers-table");
        assertEquals(1, browser.driver().findElements(
                By.cssSelector("a.colca-nav-item[href*='inventory/transfers.xhtml']")).size(), "the menu entry");
        browser.selectOneMenu("transfers-form:status-filter", "Recibido");
        String number = string("SELECT transfer_number FROM inventory_transfers WHERE id = ?", transfer);
        browser.type("transfers-form:transfer-search", number);
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='transfers-form:transfers-table_data']/tr")).size() == 1
                && d.findElement(By.id("transfers-form:transfers-table_data")).getText().contains(number));
        String row = browser.visible(By.xpath("//tbody[@id='transfers-form:transfers-table_data']/tr")).getText();
        assertTrue(row.contains("IT-ALM-" + suffix) && row.contains("IT-TDA-" + suffix) && row.contains("Recibido"), row);
        browser.screenshot("transfers");
    }

    /** Replaces the value of a p:inputNumber (clear() leaves its formatted value in place). */
    private static void replace(String id, String text) {
        browser.visible(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    // ---- data ---------------------------------------------------------------------------------

    private static long onHand(long variant, int location) throws SQLException {
        return number("SELECT coalesce(max(quantity_on_hand), 0) FROM inventory_stock WHERE variant_id = ?"
                + " AND location_id = ?", variant, (long) location);
    }

    private static int location(String code, String name) throws SQLException {
        return TestData.client().location().code(code).name(name).create().id();
    }

    /** A product (S/ 129.90, cost S/ 60.00) with one variant, size L, black; returns the variant id. */
    private static long variant(String sku, String productName) throws SQLException {
        return TestData.client().product().name(productName).price("129.90").cost("60.00").skus(sku)
                .sizeAndColor("L", "Negro").create().variant(0).id();
    }

    private static long number(String sql, Object... args) throws SQLException {
        return Long.parseLong(string(sql, args));
    }

    private static String string(String sql, Object... args) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
