package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
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
import pe.colca.testing.TestServer;

/**
 * Single images in a real browser, as the demo manager: a brand's logo and a category's image
 * uploaded from their screens (a text file named .png is refused with the service's message and
 * changes nothing; the PNG shows at once, served from /media/ with the bytes sent; it can be removed
 * after a confirmation, and the record can still be saved afterwards, unless somebody else changed it
 * meanwhile); a variant's main image uploaded in the variant dialog (refused as a conflict when the
 * variant changed since the dialog opened), then replaced by one of the product's gallery images, with
 * its thumbnail in the variants grid.
 */
class CatalogLogoConsoleIT extends ClientIntegration {

    private static final DemoUser USER = DemoUser.MANAGER;
    private static final String REFUSED = "no es una imagen JPEG, PNG, WebP ni GIF";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("brand logo: a text file is refused, a PNG shows at once from /media/, rename still saves, remove")
    void brandLogo() throws Exception {
        String tag = tag();
        String name = "Logo Andino " + tag;
        Reply created = api.post("/api/v1/brands", api.token(USER.email()), Json.createObjectBuilder().add("name", name)
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();

        openSignedIn("/backoffice/catalog/brands.xhtml");
        browser.type("brands-form:brand-search", tag);
        WebElement row = browser.visible(By.xpath("//tbody[@id='brands-form:brands-table_data']/tr[contains(., '"
                + name + "')]"));
        row.findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
        browser.visible("brand-dialog");
        browser.await(d -> name.equals(d.findElement(By.id("brand-form:brand-name")).getAttribute("value")));
        browser.visible("brand-form:brand-logo-none");
        assertTrue(browser.visible("brand-logo-limits").getText().contains("2 MB"), "the limit is shown");

        // a text file named .png: the service's message, nothing stored
        upload("brand-form:brand-logo-upload", fakePng(tag));
        browser.awaitText("brand-form:brand-messages", REFUSED);
        assertNull(query("SELECT logo_url FROM brands WHERE id = ?", id));
        browser.screenshot("brand-logo-refused");

        // a real PNG: shown at once, served from /media/ with the same bytes
        Path png = png("logo-" + tag, Color.RED);
        upload("brand-form:brand-logo-upload", png);
        WebElement logo = browser.visible("brand-form:brand-logo");
        String stored = (String) query("SELECT logo_url FROM brands WHERE id = ?", id);
        assertEquals("/media/" + sha256(Files.readAllBytes(png)) + ".png", stored);
        assertServed(logo, png);
        browser.awaitText("brand-form:brand-messages", "Logo actualizado");
        browser.screenshot("brand-logo-uploaded");
        // the grid shows it too
        browser.visible(By.xpath("//tbody[@id='brands-form:brands-table_data']/tr[contains(., '" + name
                + "')]//img[contains(@src, '" + stored + "')]"));

        // the dialog still saves (the upload was the only change since it opened), keeping the logo
        String renamed = "Logo Andino Sur " + tag;
        browser.type("brand-form:brand-name", renamed);
        browser.click("brand-form:brand-save");
        browser.invisible("brand-dialog");
        assertEquals(renamed, query("SELECT name FROM brands WHERE id = ?", id));
        assertEquals(stored, query("SELECT logo_url FROM brands WHERE id = ?", id));

        // remove after the confirmation
        browser.type("brands-form:brand-search", tag);
        browser.visible(By.xpath("//tbody[@id='brands-form:brands-table_data']/tr[contains(., '" + renamed
                + "')]//button[contains(@id, ':edit')]")).click();
        browser.visible("brand-dialog");
        browser.visible("brand-form:brand-logo");
        browser.click("brand-form:brand-logo-remove");
        browser.visible("logo-confirm-form:logo-confirm");
        browser.click("logo-confirm-form:logo-confirm-yes");
        browser.visible("brand-form:brand-logo-none");
        assertNull(query("SELECT logo_url FROM brands WHERE id = ?", id));
        assertEquals(renamed, query("SELECT name FROM brands WHERE id = ?", id));
    }

    @Test
    @DisplayName("category image: a text file is refused, a PNG shows at once from /media/, the editor still saves")
    void categoryImage() throws Exception {
        String tag = tag();
        String name = "Imagen " + tag;
        Reply created = api.post("/api/v1/categories", api.token(USER.email()), Json.createObjectBuilder().add("name", name)
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();

        openSignedIn("/backoffice/catalog/categories.xhtml");
        browser.click(By.xpath("//div[@id='tree-form:category-tree']//span[contains(@class, 'colca-cat-name')"
                + " and normalize-space(.) = '" + name + "']"));
        browser.awaitText("editor-title", "Editar " + name);
        browser.awaitAjax();
        browser.visible("editor-form:category-image-none");

        upload("editor-form:category-image-upload", fakePng(tag));
        browser.awaitText("editor-form:editor-messages", REFUSED);
        assertNull(query("SELECT image_url FROM categories WHERE id = ?", id));

        Path png = png("category-" + tag, Color.GREEN);
        upload("editor-form:category-image-upload", png);
        WebElement image = browser.visible("editor-form:category-image");
        String stored = (String) query("SELECT image_url FROM categories WHERE id = ?", id);
        assertEquals("/media/" + sha256(Files.readAllBytes(png)) + ".png", stored);
        assertServed(image, png);
        browser.screenshot("category-image-uploaded");

        // what was typed before the upload stays, and saving works with the version after it
        browser.type("editor-form:category-name", "Imagen Nueva " + tag);
        browser.click("editor-form:category-save");
        browser.awaitText("editor-title", "Editar Imagen Nueva " + tag);
        assertEquals("Imagen Nueva " + tag, query("SELECT name FROM categories WHERE id = ?", id));
        assertEquals(stored, query("SELECT image_url FROM categories WHERE id = ?", id));

        browser.click("editor-form:category-image-remove");
        browser.visible("image-confirm-form:image-confirm");
        browser.click("image-confirm-form:image-confirm-yes");
        browser.visible("editor-form:category-image-none");
        assertNull(query("SELECT image_url FROM categories WHERE id = ?", id));

        // somebody renames it meanwhile: the upload goes through, but saving the editor is a conflict
        execute("UPDATE categories SET name = 'Otra " + tag + "', version = version + 1 WHERE id = ?", id);
        upload("editor-form:category-image-upload", png);
        browser.visible("editor-form:category-image");
        assertEquals(stored, query("SELECT image_url FROM categories WHERE id = ?", id));
        browser.type("editor-form:category-name", "Pisada " + tag);
        browser.click("editor-form:category-save");
        browser.awaitText("editor-form:editor-messages", "Otro usuario modificó");
        assertEquals("Otra " + tag, query("SELECT name FROM categories WHERE id = ?", id), "nothing overwritten");
    }

    @Test
    @DisplayName("variant main image: upload in the dialog (thumbnail in the grid), then pick a gallery image")
    void variantImage() throws Exception {
        String tag = tag();
        Reply created = api.post("/api/v1/products", api.token(USER.email()), Json.createObjectBuilder()
                .add("name", "Chompa " + tag).add("basePrice", new BigDecimal("59.90")).add("status", "ACTIVE")
                .add("variants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "CHO-" + tag)))
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        long product = created.json().getJsonNumber("id").longValue();
        long variant = ((Number) query("SELECT id FROM product_variants WHERE product_id = ?", product)).longValue();

        // one gallery image, uploaded with the image manager
        Path gallery = png("gallery-" + tag, Color.MAGENTA);
        openSignedIn("/backoffice/catalog/product-images.xhtml?id=" + product);
        upload("images-form:upload", gallery);
        browser.visible(By.cssSelector("#images-form\\:gallery .colca-thumb"));
        String galleryUrl = (String) query("SELECT url FROM product_images WHERE product_id = ?", product);

        browser.open("/backoffice/catalog/product.xhtml?id=" + product);
        browser.click("variants-form:variants-table:0:variant-edit");
        browser.visible("variant-dialog");
        browser.visible("variant-form:variant-image-none");

        upload("variant-form:variant-image-upload", fakePng(tag));
        browser.awaitText("variant-form:variant-messages", REFUSED);
        assertNull(query("SELECT main_image_url FROM product_variants WHERE id = ?", variant));

        // the variant changed since the dialog opened: the upload is a conflict, nothing stored
        Path png = png("variant-" + tag, Color.CYAN);
        execute("UPDATE product_variants SET size = 'M', version = version + 1 WHERE id = ?", variant);
        upload("variant-form:variant-image-upload", png);
        browser.awaitText("variant-form:variant-messages", "Otro usuario modificó");
        assertNull(query("SELECT main_image_url FROM product_variants WHERE id = ?", variant));
        browser.click("variant-form:variant-reload");
        browser.await(d -> "M".equals(d.findElement(By.id("variant-form:variant-size")).getAttribute("value")));
        browser.awaitAjax();

        upload("variant-form:variant-image-upload", png);
        WebElement image = browser.visible("variant-form:variant-image");
        String stored = (String) query("SELECT main_image_url FROM product_variants WHERE id = ?", variant);
        assertEquals("/media/" + sha256(Files.readAllBytes(png)) + ".png", stored);
        assertServed(image, png);
        assertServed(browser.visible("variants-form:variants-table:0:variant-thumb"), png);
        browser.screenshot("variant-image-uploaded");

        // pick the gallery image instead
        browser.click(By.cssSelector("[id^='variant-form:gallery:0:pick']"));
        browser.await(d -> d.findElement(By.id("variant-form:variant-image")).getAttribute("src").endsWith(galleryUrl));
        assertEquals(galleryUrl, query("SELECT main_image_url FROM product_variants WHERE id = ?", variant));
        browser.await(d -> d.findElement(By.id("variants-form:variants-table:0:variant-thumb")).getAttribute("src")
                .endsWith(galleryUrl));

        // the dialog's other fields still save with the version after these changes
        browser.type("variant-form:variant-color", "Azul");
        browser.click("variant-form:variant-save");
        browser.invisible("variant-dialog");
        assertEquals("Azul", query("SELECT color FROM product_variants WHERE id = ?", variant));
        assertEquals(galleryUrl, query("SELECT main_image_url FROM product_variants WHERE id = ?", variant));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static void openSignedIn(String path) {
        browser.openAs(USER, path);
    }

    /** Gives the file to the upload's hidden file input, then waits for the answer. */
    private static void upload(String uploadId, Path file) {
        WebElement input = browser.driver().findElement(By.cssSelector("input[type='file'][id^='" + uploadId + "']"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.awaitAjax();
    }

    /** The image is public at its /media/ address and has exactly the bytes uploaded. */
    private static void assertServed(WebElement img, Path file) throws Exception {
        String src = img.getAttribute("src");
        assertTrue(src.contains("/media/"), src);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(src)).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), src);
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(Files.readAllBytes(file), response.body());
    }

    private static Path fakePng(String tag) throws Exception {
        Path fake = Files.createTempFile("fake-" + tag, ".png");
        Files.writeString(fake, "solo texto, no es una imagen");
        fake.toFile().deleteOnExit();
        return fake;
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

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void execute(String sql, long id) throws Exception {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }

    /** The first column of the one row {@code sql} selects. */
    private static Object query(String sql, Object param) throws Exception {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getObject(1);
            }
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
