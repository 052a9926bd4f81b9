package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * The category tree editor and the brands screen in a real browser, as the demo manager
 * (catalog.category.edit, catalog.brand.edit): a small tree built from the console, a subtree
 * moved by choosing a new parent, the refusal to put a category under its own child, a stale edit
 * answered with the conflict message, delete with confirmation (refused while in use); brands
 * created, found, renamed and deleted after a confirmation, refused while a product uses them.
 */
class CategoryConsoleIT extends ClientIntegration {

    private static final DemoUser USER = DemoUser.MANAGER;

    private static final String CATEGORIES = "/backoffice/catalog/categories.xhtml";
    private static final String BRANDS = "/backoffice/catalog/brands.xhtml";
    private static final String BRANDS_BODY = "brands-form:brands-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    @DisplayName("build a tree, move a subtree, refuse a cycle, see a conflict, delete with confirmation")
    void categoryTree() throws Exception {
        String s = suffix();
        String ropa = "Ropa " + s;
        String hombre = "Hombre " + s;
        String mujer = "Mujer " + s;
        String polos = "Polos " + s;

        signInAt(CATEGORIES);
        browser.visible("tree-form:category-tree");

        // a root and three children, built with "new root" and "add sub-category"
        browser.click("tree-form:new-root");
        browser.awaitText("editor-title", "Nueva categoría");
        browser.type("editor-form:category-name", ropa);
        save(ropa);
        browser.awaitText("category-breadcrumbs", ropa);
        addChild(hombre);
        browser.awaitText("category-breadcrumbs", ropa + " › " + hombre);
        addChild(polos);
        select(ropa);
        addChild(mujer);
        assertEquals(idOf(ropa), parentOf(hombre));
        assertEquals(idOf(hombre), parentOf(polos));
        assertEquals(idOf(ropa), parentOf(mujer));
        assertTrue(nodeUnder(ropa, hombre).isDisplayed() && nodeUnder(hombre, polos).isDisplayed());
        browser.screenshot("categories-tree");

        // move the subtree "Polos" under "Mujer" by choosing the new parent; breadcrumbs follow
        select(polos);
        browser.selectOneMenu("editor-form:category-parent", ropa + " › " + mujer);
        save(polos);
        browser.awaitText("category-breadcrumbs", ropa + " › " + mujer + " › " + polos);
        assertEquals(idOf(mujer), parentOf(polos));
        browser.await(d -> nodeUnder(mujer, polos).isDisplayed());

        // drag and drop: "Hombre" dropped onto "Mujer" moves under it
        new Actions(browser.driver()).clickAndHold(browser.visible(nameSpan(hombre))).moveByOffset(8, 8)
                .pause(Duration.ofMillis(150)).moveToElement(browser.visible(nameSpan(mujer)))
                .moveByOffset(2, 1).pause(Duration.ofMillis(150)).release().perform();
        browser.awaitAjax();
        nodeUnder(mujer, hombre);
        assertEquals(idOf(mujer), parentOf(hombre));
        browser.screenshot("categories-dragged");

        // a category cannot go under its own child: the service's message, nothing changes
        select(ropa);
        browser.selectOneMenu("editor-form:category-parent", ropa + " › " + mujer);
        browser.click("editor-form:category-save");
        browser.awaitText("editor-form:editor-messages", "sería su propio ancestro");
        browser.screenshot("categories-cycle-refused");
        assertNull(parentOf(ropa));

        // a stale edit: somebody renames "Hombre" while it is open here → conflict, reload, save
        select(hombre);
        execute("UPDATE categories SET name = ?, version = version + 1 WHERE id = ?", "Caballeros " + s, idOf(hombre));
        browser.type("editor-form:category-name", "Varones " + s);
        browser.click("editor-form:category-save");
        browser.awaitText("editor-form:editor-messages", "Otro usuario modificó");
        browser.visible("editor-form:category-reload");
        browser.click("editor-form:category-reload");
        browser.await(d -> ("Caballeros " + s).equals(d.findElement(By.id("editor-form:category-name"))
                .getAttribute("value")));
        hombre = "Caballeros " + s;
        assertEquals(0L, queryLong("SELECT count(*) FROM categories WHERE name = ?", "Varones " + s),
                "the stale edit was not saved");
        browser.type("editor-form:category-name", "Varones " + s);
        save("Varones " + s);
        hombre = "Varones " + s;
        browser.awaitText("category-breadcrumbs", ropa + " › " + mujer + " › " + hombre);

        // delete: refused while "Ropa" has sub-categories, done for "Polos" after the confirmation
        select(ropa);
        browser.click("editor-form:category-delete");
        browser.visible("category-delete-dialog");
        browser.awaitText("category-delete-form:category-delete-question", ropa);
        browser.click("category-delete-form:category-delete-confirm");
        browser.awaitText("editor-form:editor-messages", "No se puede eliminar");
        assertEquals(1L, queryLong("SELECT count(*) FROM categories WHERE id = ?", idOf(ropa)));

        select(polos);
        long polosId = idOf(polos);
        browser.click("editor-form:category-delete");
        browser.visible("category-delete-dialog");
        browser.awaitText("category-delete-form:category-delete-question", polos);
        browser.click("category-delete-form:category-delete-cancel");
        browser.invisible("category-delete-dialog");
        assertEquals(1L, queryLong("SELECT count(*) FROM categories WHERE id = ?", polosId), "cancel keeps it");
        browser.click("editor-form:category-delete");
        browser.visible("category-delete-dialog");
        browser.click("category-delete-form:category-delete-confirm");
        browser.invisible("category-delete-dialog");
        browser.visible("editor-form:editor-empty");
        browser.await(d -> d.findElements(nameSpan(polos)).isEmpty());
        assertEquals(0L, queryLong("SELECT count(*) FROM categories WHERE id = ?", polosId));

        // an inactive category stays in the tree, marked
        select(mujer);
        browser.click(By.cssSelector("#editor-form\\:category-active .ui-toggleswitch-slider"));
        save(mujer);
        browser.await(d -> d.findElement(nameSpan(mujer)).getAttribute("class").contains("colca-cat-inactive"));
        assertEquals(Boolean.FALSE, query("SELECT is_active FROM categories WHERE id = ?", idOf(mujer)));
    }

    @Test
    @DisplayName("brands: create, search, rename, delete with confirmation; refused while a product uses it")
    void brands() throws Exception {
        String s = suffix();
        String name = "Ñandú " + s;
        signInAt(BRANDS);
        browser.visible(BRANDS_BODY);

        browser.click("brands-form:brand-new");
        browser.visible("brand-dialog");
        browser.click("brand-form:brand-save");
        browser.awaitText("brand-form:brand-name-message", "Ingrese el nombre de la marca.");
        browser.type("brand-form:brand-name", name);
        browser.click("brand-form:brand-save");
        browser.invisible("brand-dialog");

        // accent-insensitive search finds it
        browser.type("brands-form:brand-search", "ñandu " + s.toLowerCase(Locale.ROOT));
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='" + BRANDS_BODY + "']/tr")).size() == 1);
        browser.type("brands-form:brand-search", "nandú " + s.toLowerCase(Locale.ROOT));
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='" + BRANDS_BODY + "']/tr")).size() == 1);
        WebElement row = brandRow(name);

        // rename
        row.findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
        browser.visible("brand-dialog");
        browser.await(d -> name.equals(d.findElement(By.id("brand-form:brand-name")).getAttribute("value")));
        String renamed = "Ñandú Andino " + s;
        browser.type("brand-form:brand-name", renamed);
        browser.click("brand-form:brand-save");
        browser.invisible("brand-dialog");
        browser.type("brands-form:brand-search", s);
        brandRow(renamed);
        long id = queryLong("SELECT id FROM brands WHERE name = ?", renamed);
        assertEquals(1L, queryLong("SELECT version FROM brands WHERE id = ?", id));

        // in use by a product: the confirmation, then the refusal
        long product = product("Con marca " + s, id);
        deleteBrandRow(renamed);
        browser.awaitText("brand-delete-form:brand-delete-messages", "No se puede eliminar");
        assertEquals(1L, queryLong("SELECT count(*) FROM brands WHERE id = ?", id));
        browser.click("brand-delete-form:brand-delete-cancel");
        browser.invisible("brand-delete-dialog");

        // once the product no longer uses it, delete goes through
        execute("UPDATE products SET brand_id = NULL WHERE id = ?", null, product);
        deleteBrandRow(renamed);
        browser.invisible("brand-delete-dialog");
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='" + BRANDS_BODY + "']/tr[contains(., '"
                + renamed + "')]")).isEmpty());
        assertEquals(0L, queryLong("SELECT count(*) FROM brands WHERE id = ?", id));
    }

    // ---- steps --------------------------------------------------------------------------------

    private static void signInAt(String path) {
        browser.open(path);
        browser.login(USER);
        assertEquals(path, browser.currentPath());
    }

    private static By nameSpan(String name) {
        return By.xpath("//div[@id='tree-form:category-tree']//span[contains(@class, 'colca-cat-name')"
                + " and normalize-space(.) = '" + name + "']");
    }

    /** The tree node of {@code child} inside the node of {@code parent}. */
    private static WebElement nodeUnder(String parent, String child) {
        return browser.visible(By.xpath("//li[contains(@class, 'ui-treenode') and ./*[1]//span[contains(@class,"
                + " 'colca-cat-name') and normalize-space(.) = '" + parent + "']]//span[contains(@class,"
                + " 'colca-cat-name') and normalize-space(.) = '" + child + "']"));
    }

    private static void select(String name) {
        browser.click(nameSpan(name));
        browser.awaitText("editor-title", "Editar " + name);
        browser.awaitAjax();
    }

    private static void addChild(String name) {
        browser.click("editor-form:category-add-child");
        browser.awaitText("editor-title", "Nueva categoría");
        browser.type("editor-form:category-name", name);
        save(name);
    }

    private static void save(String name) {
        browser.click("editor-form:category-save");
        browser.awaitText("editor-title", "Editar " + name);
        browser.visible(nameSpan(name));
        browser.awaitAjax();
    }

    private static WebElement brandRow(String name) {
        return browser.visible(By.xpath("//tbody[@id='" + BRANDS_BODY + "']/tr[contains(., '" + name + "')]"));
    }

    private static void deleteBrandRow(String name) {
        browser.type("brands-form:brand-search", name);
        brandRow(name).findElement(By.xpath(".//button[contains(@id, ':delete')]")).click();
        browser.visible("brand-delete-dialog");
        browser.awaitText("brand-delete-form:brand-delete-question", name);
        browser.click("brand-delete-form:brand-delete-confirm");
        browser.awaitAjax();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    // ---- data ---------------------------------------------------------------------------------

    private static long idOf(String category) throws SQLException {
        return queryLong("SELECT id FROM categories WHERE name = ?", category);
    }

    private static Long parentOf(String category) throws SQLException {
        try (Connection c = TestServer.jdbc();
             PreparedStatement ps = c.prepareStatement("SELECT parent_id FROM categories WHERE name = ?")) {
            ps.setString(1, category);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), category);
                long parent = rs.getLong(1);
                return rs.wasNull() ? null : parent;
            }
        }
    }

    /** A product of the brand without variants and without a cost; returns its id. */
    private static long product(String name, long brandId) throws SQLException {
        return TestData.client().product().name(name).slug(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
                .cost(null).brand(brandId).noVariants().create().id();
    }

    private static void execute(String sql, String text, long id) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (text != null) {
                ps.setString(i++, text);
            }
            ps.setLong(i, id);
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }

    private static long queryLong(String sql, Object param) throws SQLException {
        return ((Number) query(sql, param)).longValue();
    }

    /** The first column of the one row {@code sql} selects. */
    private static Object query(String sql, Object param) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getObject(1);
            }
        }
    }
}
