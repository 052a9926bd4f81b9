package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewUser;

/**
 * Store scope in the console (issue 10): a store user of A finds only A in the stock screen's
 * location picker and in the locations screen; and the service, not the screen, refuses a receipt at
 * a location taken out of his scope after the page was shown, with a message, and nothing changes.
 */
class StoreScopeConsoleIT extends ClientIntegration {

    private static final String STOCK = "/backoffice/inventory/stock.xhtml";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    @DisplayName("the store user sees only his store; a receipt outside his scope is refused with a message")
    void storeUserSeesAndActsOnlyInHisStore() throws Exception {
        TestData data = TestData.client();
        NewLocation storeA = data.location().name("Tienda Scope A").create();
        NewLocation storeB = data.location().name("Tienda Scope B").create();
        TestData.NewVariant variant = data.product().create().variant(0);
        NewUser user = data.scopedUser(List.of(storeA), "inventory.view", "inventory.location.view",
                "inventory.receive", "catalog.product.view");

        browser.open(STOCK);
        browser.login(user);
        assertEquals(STOCK, browser.currentPath());
        List<String> options = browser.driver().findElements(By.cssSelector("select[id='stock-form:location_input'] option"))
                .stream().map(o -> o.getAttribute("textContent")).toList();
        assertEquals(List.of(storeA.label()), options, "only A in the picker");

        browser.open("/backoffice/inventory/locations.xhtml");
        String locations = browser.visible("locations-form:locations-table_data").getText();
        assertTrue(locations.contains(storeA.code()), locations);
        assertFalse(locations.contains(storeB.code()), locations);

        // the page shows A; then A is taken out of his scope: the receipt is refused by the service
        browser.open(STOCK);
        browser.visible("stock-form:receipt-new");
        data.withdrawLocation(user, storeA);
        browser.click("stock-form:receipt-new");
        browser.visible("receipt-dialog");
        browser.type("receipt-form:receipt-sku", variant.sku());
        browser.type("receipt-form:receipt-quantity_input", "5");
        browser.click("receipt-form:receipt-save");
        WebElement body = browser.driver().findElement(By.tagName("body"));
        browser.await(d -> body.getText().contains("No opera en la ubicación " + storeA.id()));
        browser.screenshot("store-scope-receipt-refused");
        assertEquals(0, data.number("SELECT count(*) FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                variant.id(), storeA.id()), "nothing received");
    }
}
