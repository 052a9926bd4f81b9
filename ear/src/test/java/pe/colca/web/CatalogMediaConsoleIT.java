package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestServer;

/**
 * The image manager and the bulk price screen in a real browser: upload two images and make the
 * second one primary; preview a bulk price change and apply it after the confirmation.
 */
class CatalogMediaConsoleIT extends ClientIntegration {

    private static final DemoUser USER = DemoUser.ADMIN;

    @RegisterExtension
    static final Browser browser = new Browser();

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("image manager: upload two images (first is primary), the star makes the second primary")
    void uploadAndSetPrimary() throws Exception {
        String tag = tag();
        long product = product("Casaca Andina " + tag, "89.90", null, "CAS-" + tag);
        Path first = png("first-" + tag, Color.ORANGE);
        Path second = png("second-" + tag, Color.BLUE);

        openSignedIn("/backoffice/catalog/product-images.xhtml?id=" + product);
        browser.awaitText("page-title", "Casaca Andina " + tag);
        assertTrue(browser.visible("upload-limits").getText().contains("2 MB"), "the limit is shown");
        browser.visible("images-form:gallery-empty");

        // a text file named .png passes the browser's name check; the server reads its bytes and refuses it
        Path fake = Files.createTempFile("fake-" + tag, ".png");
        Files.writeString(fake, "solo texto, no es una imagen");
        fake.toFile().deleteOnExit();
        upload(fake);
        browser.awaitText("images-form:images-messages", "no es una imagen JPEG, PNG, WebP ni GIF");
        assertEquals(0L, queryLong("SELECT count(*) FROM product_images WHERE product_id = ?", product));
        browser.visible("images-form:gallery-empty");
        browser.screenshot("images-refused");

        upload(first);
        await(1);
        upload(second);
        await(2);
        List<WebElement> thumbs = thumbs();
        assertEquals("true", thumbs.get(0).getAttribute("data-primary"), "the first image is primary");
        assertEquals("false", thumbs.get(1).getAttribute("data-primary"));
        assertTrue(loaded(thumbs.get(0).findElement(By.tagName("img"))), "the thumbnail is served and decodes");
        browser.screenshot("images-uploaded");

        long secondId = Long.parseLong(thumbs.get(1).getAttribute("data-image-id"));
        browser.click("images-form:thumbs:1:primary");
        browser.await(d -> "true".equals(thumbs().get(1).getAttribute("data-primary"))
                && "false".equals(thumbs().get(0).getAttribute("data-primary")));
        assertEquals(secondId, queryLong("SELECT id FROM product_images WHERE product_id = ? AND is_primary", product));
        assertEquals(1L, queryLong("SELECT count(*) FROM product_images WHERE product_id = ? AND is_primary", product));
        browser.screenshot("images-primary");

        // delete the primary after the confirmation: the other becomes primary
        browser.click("images-form:thumbs:1:delete");
        browser.visible("image-delete-dialog");
        browser.click("image-delete-form:image-delete-confirm");
        await(1);
        assertEquals("true", thumbs().get(0).getAttribute("data-primary"));
        assertEquals(1L, queryLong("SELECT count(*) FROM product_images WHERE product_id = ?", product));
    }

    @Test
    @DisplayName("bulk prices: preview by category shows the new prices, apply after 'Aplicar a N variantes'")
    void bulkPreviewAndApply() throws Exception {
        String tag = tag();
        Reply category = api.post("/api/v1/categories", admin(), Json.createObjectBuilder().add("name", "Ponchos " + tag)
                .build().toString());
        assertEquals(201, category.status(), category.toString());
        int categoryId = category.json().getInt("id");
        long product = product("Poncho " + tag, "100.00", categoryId, "PON-" + tag);

        openSignedIn("/backoffice/catalog/prices.xhtml");
        browser.selectOneMenu("bulk-form:bulk-category", "Ponchos " + tag);
        browser.type("bulk-form:bulk-value_input", "10");
        browser.type("bulk-form:bulk-justification", "Campaña de invierno");
        browser.click("bulk-form:bulk-preview");
        browser.awaitText("bulk-total", "1");
        String table = browser.visible("bulk-form:bulk-table").getText();
        assertTrue(table.contains("PON-" + tag) && table.contains("110.00"), table);
        assertEquals(0, new BigDecimal("100.00").compareTo(price(product)), "a preview changes nothing");
        browser.screenshot("bulk-preview");

        browser.click("bulk-form:bulk-apply");
        browser.visible("bulk-form:bulk-confirm");
        assertEquals("Aplicar a 1 variantes", browser.visible("bulk-form:bulk-confirm-apply").getText().strip());
        browser.click("bulk-form:bulk-confirm-apply");
        browser.awaitText("bulk-form:bulk-messages", "Se actualizaron 1 variante(s)");
        browser.screenshot("bulk-applied");
        assertEquals(0, new BigDecimal("110.00").compareTo(price(product)));
        assertEquals(1L, queryLong("SELECT count(*) FROM price_change_history h JOIN product_variants v"
                + " ON v.id = h.variant_id WHERE v.product_id = ? AND h.change_type = 'BULK'"
                + " AND h.reference_source = 'bulk_price_update' AND h.justification = 'Campaña de invierno'", product));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String admin() {
        return api.token(USER.email());
    }

    private long product(String name, String basePrice, Integer categoryId, String sku) {
        var body = Json.createObjectBuilder().add("name", name).add("basePrice", new BigDecimal(basePrice))
                .add("status", "ACTIVE").add("variants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("sku", sku)));
        if (categoryId != null) {
            body.add("categoryId", categoryId);
        }
        Reply created = api.post("/api/v1/products", admin(), body.build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static void openSignedIn(String path) {
        browser.openAs(USER, path);
    }

    private static void upload(Path file) {
        WebElement input = browser.driver().findElement(By.cssSelector("input[type='file'][id^='images-form:upload']"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static void await(int images) {
        browser.await(d -> thumbs().size() == images);
        browser.awaitAjax();
    }

    private static List<WebElement> thumbs() {
        return browser.driver().findElements(By.cssSelector("#images-form\\:gallery .colca-thumb"));
    }

    private static boolean loaded(WebElement img) {
        return browser.await(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
    }

    private static Path png(String name, Color color) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        image.setRGB(3, 3, UUID.randomUUID().hashCode() & 0xFFFFFF);
        Path file = Files.createTempFile(name, ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }

    private static BigDecimal price(long product) throws Exception {
        try (Connection db = TestServer.jdbc(); PreparedStatement st = db.prepareStatement(
                "SELECT coalesce(v.price_override, p.base_price) FROM product_variants v JOIN products p"
                        + " ON p.id = v.product_id WHERE p.id = ?")) {
            st.setLong(1, product);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBigDecimal(1);
            }
        }
    }

    private static long queryLong(String sql, Object... params) throws Exception {
        try (Connection db = TestServer.jdbc(); PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getLong(1);
            }
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
