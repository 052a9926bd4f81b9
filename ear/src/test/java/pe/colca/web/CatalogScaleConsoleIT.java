package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * The console at scale: a product with a few thousand variants (written by one set-based INSERT)
 * opens in the product editor as a page of at most about 1 MB of HTML whose variants grid is paged
 * (the next page shows other SKUs, the grid's search finds a SKU of a far page), and the product
 * list shows its live variant count without loading the variants.
 */
class CatalogScaleConsoleIT extends ClientIntegration {

    private static final int VARIANTS = 3000;
    private static final int MAX_HTML_BYTES = 1_000_000;
    private static final String EDITOR = "/backoffice/catalog/product.xhtml?id=";
    private static final String VARIANTS_BODY = "variants-form:variants-table_data";
    private static final String PRODUCTS_BODY = "products-form:products-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    @DisplayName("a product with 3,000 variants: the editor's HTML stays under 1 MB and its variants grid pages and searches")
    void editorOfAProductWithThousandsOfVariants() throws Exception {
        TestData.NewProduct product = TestData.client().product().name("Polo escala " + TestData.suffix())
                .bulkVariants(VARIANTS).create();
        String first = product.variant(0).sku();
        String twentyFirst = product.variant(20).sku();
        String last = product.variant(VARIANTS - 1).sku();

        browser.openAs(DemoUser.MANAGER, EDITOR + product.id());
        String html = editorHtml(product.id());
        assertTrue(html.length() < MAX_HTML_BYTES, "editor HTML is " + html.length() + " characters");
        assertTrue(html.contains(first), "the first page shows the first SKU");
        assertFalse(html.contains(last), "the last SKU is not on the first page");

        browser.awaitText(By.id(VARIANTS_BODY), first);
        assertEquals(20, browser.driver().findElements(By.xpath("//tbody[@id='" + VARIANTS_BODY + "']/tr")).size(),
                "one page of 20 rows");
        browser.click(By.cssSelector("[id='variants-form:variants-table'] .ui-paginator-next"));
        browser.awaitText(By.id(VARIANTS_BODY), twentyFirst);
        assertFalse(browser.visible(By.id(VARIANTS_BODY)).getText().contains(first),
                "the second page does not show the first SKU");

        browser.type("variants-form:variant-search", last.substring(last.lastIndexOf('-')));
        browser.awaitText(By.id(VARIANTS_BODY), last);
        assertEquals(1, browser.driver().findElements(By.xpath("//tbody[@id='" + VARIANTS_BODY + "']/tr")).size(),
                "the search keeps the one SKU");
        browser.screenshot("catalog-scale-editor");
    }

    @Test
    @DisplayName("the product list shows a product's live variant count (3,000) without loading its variants")
    void productListCountsVariants() throws SQLException {
        String name = "Polo lista escala " + TestData.suffix();
        TestData.NewProduct product = TestData.client().product().name(name).bulkVariants(VARIANTS).create();
        TestData.client().number("UPDATE product_variants SET deleted_at = now(), deletion_reason = 'IT'"
                + " WHERE id = ? RETURNING id", product.variant(5).id());

        browser.openAs(DemoUser.MANAGER, "/backoffice/catalog/products.xhtml");
        browser.type("products-form:product-search", name);
        String row = browser.awaitText(By.id(PRODUCTS_BODY), name);
        assertTrue(row.contains(String.valueOf(VARIANTS - 1)), "live variants only: " + row);
    }

    /** The editor's page as the server sends it (HTML bytes, before any script runs), in the browser's session. */
    private static String editorHtml(long productId) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        TestServer.baseUri().resolve(URI.create(EDITOR + productId)))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("variants-table"), "the editor, not the login page");
        return page.body();
    }
}
