package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestServer;

/**
 * The catalog's product screens in a real browser, as the demo manager (every catalog permission):
 * a product created with two variants (a wrong barcode check digit refused on the field first), a
 * variant's price raised by 20 % — refused without a justification, applied with one — and the
 * history row that says so; the list's accent-insensitive search; the conflict of a stale save;
 * the refusal to delete a product's last variant; soft delete with a reason and restore.
 */
class CatalogConsoleIT extends ClientIntegration {

    private static final DemoUser USER = DemoUser.MANAGER;
    private static final String USER_NAME = "Mario Gerente";

    private static final String PRODUCTS = "/backoffice/catalog/products.xhtml";
    private static final String LIST_BODY = "products-form:products-table_data";
    private static final String DELETED_BODY = "products-form:deleted-table_data";
    private static final String VARIANTS_BODY = "variants-form:variants-table_data";
    private static final String HISTORY_BODY = "history-form:history-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    @DisplayName("create a product with two variants, raise a variant's price with a justification, see the history row")
    void createProductChangePriceAndSeeHistory() throws SQLException {
        signInAndOpenProducts();
        String tag = tag();
        String name = "Polo algodón pima Ñuñoa " + tag;
        String skuM = "IT-" + tag + "-M";
        String skuL = "IT-" + tag + "-L";
        String barcodeM = ean13("775" + digits(9));
        String barcodeL = ean13("775" + digits(9));

        createProduct(name, skuM, barcodeM, true);
        long productId = queryLong("SELECT id FROM products WHERE name = '" + name + "' AND deleted_at IS NULL");
        assertEquals("polo-algodon-pima-nunoa-" + tag.toLowerCase(Locale.ROOT),
                queryString("SELECT slug FROM products WHERE id = " + productId), "slug generated from the name");
        assertEquals("algodón pima",
                queryString("SELECT attributes ->> 'material' FROM products WHERE id = " + productId));
        assertEquals("Ropa › Polos", browser.visible("product-form:product-breadcrumbs").getText().strip());

        // second variant: a wrong check digit is refused on the barcode field, the dialog stays open
        browser.click("variants-form:variant-new");
        browser.visible("variant-dialog");
        browser.type("variant-form:variant-sku", skuL);
        String wrong = barcodeL.substring(0, 12) + ((barcodeL.charAt(12) - '0' + 1) % 10);
        browser.type("variant-form:variant-barcode", wrong);
        browser.type("variant-form:variant-size", "L");
        browser.type("variant-form:variant-color", "Azul");
        browser.click("variant-form:variant-save");
        browser.awaitText("variant-form:variant-barcode-message", "dígito verificador");
        assertTrue(browser.isDisplayed("variant-dialog"), "the dialog stays open");
        browser.screenshot("catalog-variant-barcode");
        browser.type("variant-form:variant-barcode", barcodeL);
        browser.click("variant-form:variant-save");
        browser.invisible("variant-dialog");
        browser.awaitText(By.id(VARIANTS_BODY), skuL);
        assertEquals(2L, queryLong("SELECT count(*) FROM product_variants WHERE product_id = " + productId
                + " AND deleted_at IS NULL"));
        assertEquals(barcodeL, queryString("SELECT barcode FROM product_variants WHERE sku = '" + skuL + "'"));

        // +20 % on the L variant: without a justification the service asks for one, the dialog stays open
        variantRow(skuL).findElement(By.cssSelector("button[id$=':variant-price']")).click();
        browser.visible("price-dialog");
        browser.awaitText("price-form:price-current", "S/ 50.00");
        browser.type("price-form:price-new", "60.00");
        browser.click("price-form:price-save");
        String refusal = browser.awaitText("price-form:price-messages", "indique el motivo");
        assertTrue(refusal.contains("20"), "the message names the change: " + refusal);
        browser.awaitText("price-form:price-justification-message", "necesita una justificación");
        assertTrue(browser.isDisplayed("price-dialog"), "the dialog stays open");
        browser.screenshot("catalog-price-justification");
        assertEquals(0L, queryLong("SELECT count(*) FROM price_change_history h JOIN product_variants v"
                + " ON v.id = h.variant_id WHERE v.sku = '" + skuL + "' AND h.new_price = 60"), "nothing written");

        browser.type("price-form:price-justification", "Nueva lista de precios del proveedor " + tag);
        browser.click("price-form:price-save");
        browser.invisible("price-dialog");
        browser.await(d -> variantRow(skuL).getText().contains("S/ 60.00"));
        assertTrue(variantRow(skuM).getText().contains("S/ 50.00"), "the other variant keeps the base price");

        // the history of the L variant: newest first, old and new price, who and why
        variantRow(skuL).findElement(By.cssSelector("button[id$=':variant-history']")).click();
        browser.visible("history-dialog");
        browser.awaitText(By.id(HISTORY_BODY), "Nueva lista de precios del proveedor " + tag);
        List<WebElement> rows = browser.driver().findElements(By.xpath("//tbody[@id='" + HISTORY_BODY + "']/tr"));
        assertEquals(2, rows.size(), "the first price and the change");
        String newest = rows.get(0).getText();
        assertTrue(newest.contains("S/ 50.00") && newest.contains("S/ 60.00"), newest);
        assertTrue(newest.contains(USER_NAME), newest);
        assertTrue(newest.contains("Base"), newest);
        browser.screenshot("catalog-price-history");
        browser.click("history-form:history-close");
        browser.invisible("history-dialog");

        // the images page (another screen) is one click away; the language switch keeps the product
        WebElement images = browser.visible("product-form:product-images");
        String href = "a".equals(images.getTagName()) ? images.getAttribute("href")
                : images.findElement(By.tagName("a")).getAttribute("href");
        assertTrue(href.endsWith("/backoffice/catalog/product-images.xhtml?id=" + productId), href);
        browser.click("topbar-form:lang-en");
        browser.awaitText("page-title", name);
        browser.awaitText(By.id("variants-form"), "Selling price");
        browser.click("topbar-form:lang-es");
        browser.awaitText(By.id("variants-form"), "Precio de venta");

        try (Connection db = TestServer.jdbc();
             PreparedStatement st = db.prepareStatement("SELECT h.old_price, h.new_price, h.change_type, h.justification,"
                     + " u.email FROM price_change_history h JOIN product_variants v ON v.id = h.variant_id"
                     + " JOIN users u ON u.id = h.changed_by WHERE v.sku = ? ORDER BY h.id DESC LIMIT 1")) {
            st.setString(1, skuL);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(0, new BigDecimal("50.00").compareTo(rs.getBigDecimal(1)));
                assertEquals(0, new BigDecimal("60.00").compareTo(rs.getBigDecimal(2)));
                assertEquals("BASE", rs.getString(3));
                assertEquals("Nueva lista de precios del proveedor " + tag, rs.getString(4));
                assertEquals(USER.email(), rs.getString(5));
            }
        }
    }

    @Test
    @DisplayName("the list finds a product by part of its name typed without accents, and opens it")
    void listSearchIgnoresAccents() {
        signInAndOpenProducts();
        String tag = tag();
        String name = "Café orgánico Quillabamba " + tag;
        createProduct(name, "IT-" + tag + "-1", ean13("775" + digits(9)), false);

        browser.open(PRODUCTS);
        browser.visible(LIST_BODY);
        browser.type("products-form:product-search", "ORGANIC quillab " + tag.toLowerCase(Locale.ROOT));
        browser.await(d -> {
            List<WebElement> found = d.findElements(By.xpath("//tbody[@id='" + LIST_BODY + "']/tr"));
            return found.size() == 1 && found.get(0).getText().contains(name);
        });
        WebElement row = browser.visible(By.xpath("//tbody[@id='" + LIST_BODY + "']/tr[contains(., '" + tag + "')]"));
        assertTrue(row.getText().contains("S/ 50.00"), row.getText());
        assertTrue(row.getText().contains("Borrador"), row.getText());
        assertTrue(row.getText().contains("Andina"), row.getText());
        browser.screenshot("catalog-products-search");

        // a status filter that excludes it: the list is empty
        browser.selectOneMenu("products-form:status-filter", "Activo");
        browser.awaitText(By.id(LIST_BODY), "No se encontraron productos");
        browser.selectOneMenu("products-form:status-filter", "Borrador");
        browser.awaitText(By.id(LIST_BODY), name);

        browser.click(By.xpath("//tbody[@id='" + LIST_BODY + "']/tr[contains(., '" + tag + "')]//a[contains(@id, ':open')]"));
        browser.awaitText("page-title", name);

        // the editor warns (without refusing) when the cost is above the price
        browser.type("product-form:product-cost", "60.00");
        browser.visible("product-form:product-cost").sendKeys(Keys.TAB);
        String margin = browser.awaitText("product-form:product-margin", "El costo es mayor que el precio");
        assertTrue(margin.contains("-S/ 10.00"), margin);
    }

    @Test
    @DisplayName("a stale save shows the conflict and keeps the other change; the last variant cannot be deleted; delete and restore")
    void staleSaveLastVariantDeleteAndRestore() throws SQLException {
        signInAndOpenProducts();
        String tag = tag();
        String name = "Chompa alpaca " + tag;
        String sku = "IT-" + tag + "-U";
        createProduct(name, sku, ean13("775" + digits(9)), false);
        long productId = queryLong("SELECT id FROM products WHERE name = '" + name + "' AND deleted_at IS NULL");

        // behind the browser's back: another user saves first
        try (Connection db = TestServer.jdbc();
             PreparedStatement st = db.prepareStatement(
                     "UPDATE products SET name = ?, version = version + 1 WHERE id = ?")) {
            st.setString(1, "Cambiado por otro " + tag);
            st.setLong(2, productId);
            assertEquals(1, st.executeUpdate());
        }
        browser.type("product-form:product-short", "Mi cambio " + tag);
        browser.click("product-form:product-save");
        String message = browser.awaitText("product-form:product-messages", "Otro usuario modificó");
        assertFalse(message.contains("Exception"), message);
        assertFalse(browser.driver().getPageSource().matches("(?s).*\\.java:\\d+\\).*"), "no stack trace");
        browser.screenshot("catalog-product-conflict");
        assertEquals("Cambiado por otro " + tag, queryString("SELECT name FROM products WHERE id = " + productId),
                "the other user's change is kept");
        clickCentered("product-form:product-reload");
        browser.awaitText("product-form:product-messages", "Se cargaron los datos actuales");
        browser.await(d -> ("Cambiado por otro " + tag).equals(
                d.findElement(By.id("product-form:product-name")).getAttribute("value")));

        // the only variant cannot be deleted: the service's message, in the dialog
        variantRow(sku).findElement(By.cssSelector("button[id$=':variant-delete']")).click();
        browser.visible("variant-delete-dialog");
        browser.type("variant-delete-form:variant-delete-reason", "Prueba");
        browser.click("variant-delete-form:variant-delete-confirm");
        browser.awaitText("variant-delete-form:variant-delete-messages", "al menos una variante");
        assertTrue(browser.isDisplayed("variant-delete-dialog"), "the dialog stays open");
        browser.driver().findElement(By.id("variant-delete-form:variant-delete-cancel")).click();
        browser.invisible("variant-delete-dialog");

        // soft delete with a reason: back on the list; the deleted view restores it
        clickCentered("product-form:product-delete");
        browser.visible("product-delete-dialog");
        browser.type("product-delete-form:product-delete-reason", "Retirado por el proveedor " + tag);
        browser.click("product-delete-form:product-delete-confirm");
        browser.await(d -> PRODUCTS.equals(browser.currentPath()));
        browser.visible(LIST_BODY);
        assertEquals("Retirado por el proveedor " + tag,
                queryString("SELECT deletion_reason FROM products WHERE id = " + productId));

        browser.click(By.cssSelector("[id='products-form:show-deleted'] .ui-toggleswitch-slider"));
        browser.visible(DELETED_BODY);
        browser.type("products-form:product-search", tag.toLowerCase(Locale.ROOT));
        browser.awaitText(By.id(DELETED_BODY), "Retirado por el proveedor " + tag);
        WebElement deleted = browser.visible(By.xpath("//tbody[@id='" + DELETED_BODY + "']/tr[contains(., '" + tag + "')]"));
        deleted.findElement(By.cssSelector("button[id$=':restore']")).click();
        browser.click("products-form:restore-yes");
        browser.await(d -> {
            try {
                return queryString("SELECT deleted_at FROM products WHERE id = " + productId) == null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        browser.awaitText(By.id(DELETED_BODY), "No hay productos eliminados");
        assertEquals(1L, queryLong("SELECT count(*) FROM product_variants WHERE product_id = " + productId
                + " AND deleted_at IS NULL"), "the variant deleted with it is back");
    }

    // ---- steps --------------------------------------------------------------------------------

    private static void signInAndOpenProducts() {
        browser.open(PRODUCTS);
        browser.login(USER);
        browser.visible(LIST_BODY);
        assertEquals(PRODUCTS, browser.currentPath());
    }

    /** "Nuevo producto" → the form (brand Andina, category Ropa › Polos, S/ 50.00, cost 30.00) → saved. */
    private static void createProduct(String name, String sku, String barcode, boolean withAttribute) {
        browser.open(PRODUCTS);
        browser.click("products-form:product-new");
        browser.visible("product-form:product-name");
        browser.type("product-form:product-name", name);
        browser.visible("product-form:product-name").sendKeys(Keys.TAB);
        browser.awaitAjax();
        browser.await(d -> !d.findElement(By.id("product-form:product-slug")).getAttribute("value").isBlank());
        browser.selectOneMenu("product-form:product-brand", "Andina");
        browser.selectOneMenu("product-form:product-category", "Ropa › Polos");
        browser.awaitText("product-form:product-breadcrumbs", "Ropa › Polos");
        browser.type("product-form:product-price", "50.00");
        browser.type("product-form:product-cost", "30.00");
        browser.visible("product-form:product-cost").sendKeys(Keys.TAB);
        browser.awaitText("product-form:product-margin", "S/ 20.00 (40.00 %)");
        if (withAttribute) {
            browser.click("product-form:attribute-add");
            browser.visible(By.cssSelector("input[id$=':attribute-key']"));
            browser.awaitAjax();
            WebElement key = browser.visible(By.cssSelector("input[id$=':attribute-key']"));
            key.clear();
            key.sendKeys("material");
            WebElement value = browser.visible(By.cssSelector("input[id$=':attribute-value']"));
            value.clear();
            value.sendKeys("algodón pima");
        }
        browser.type("product-form:first-sku", sku);
        browser.type("product-form:first-barcode", barcode);
        browser.type("product-form:first-size", "M");
        browser.type("product-form:first-color", "Azul");
        browser.screenshot("catalog-product-new");
        browser.click("product-form:product-save");
        browser.awaitText(By.id(VARIANTS_BODY), sku.toUpperCase(Locale.ROOT));
        browser.awaitText("page-title", name);
    }

    /** Clicks a button near the top of the editor: scrolled to the middle first, away from the fixed top bar. */
    private static void clickCentered(String id) {
        WebElement button = browser.visible(id);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        browser.click(id);
    }

    private static WebElement variantRow(String sku) {
        return browser.visible(By.xpath("//tbody[@id='" + VARIANTS_BODY + "']/tr[contains(., '" + sku + "')]"));
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private static String digits(int n) {
        String nanos = Long.toString(System.nanoTime());
        return nanos.substring(nanos.length() - n);
    }

    /** Twelve digits plus their GS1 check digit. */
    static String ean13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = twelve.charAt(i) - '0';
            sum += i % 2 == 0 ? d : d * 3;
        }
        return twelve + (10 - sum % 10) % 10;
    }

    private static long queryLong(String sql) throws SQLException {
        try (Connection db = TestServer.jdbc(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static String queryString(String sql) throws SQLException {
        try (Connection db = TestServer.jdbc(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
