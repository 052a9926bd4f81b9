package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import pe.colca.testing.Browser;
import pe.colca.testing.CashFixtures;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.InvoicingFixtures;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewProduct;
import pe.colca.testing.TestData.NewUser;

/**
 * The POS screen (Ventas → Punto de venta) in a real browser, driven by the keyboard only, as a
 * scanner does: the keys go to whatever has the focus, so every step also proves that the scan box
 * kept it. A cashier of one store scans two products (code + Enter), adds a unit of the second with
 * {@code +}, pays cash with change in the F4 dialog and sees the 80 mm receipt view; the order is
 * PAID and its reservations were converted into SALE movements.
 */
class PosConsoleIT extends ClientIntegration {

    private static final String PAGE = "/backoffice/sales/pos.xhtml";
    static final String[] CASHIER = {"order.view", "order.create", "order.edit", "order.cancel", "payment.create",
        "payment.view", "catalog.product.view", "inventory.location.view", "inventory.reserve", "inventory.view",
        "customer.view", "customer.create"};

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();

    @Test
    @DisplayName("a cashier sells with keyboard input only: two scans, + on a line, cash with change, the receipt view")
    void scannerSaleWithCash() throws Exception {
        NewLocation store = data.location().create();
        NewProduct shirt = data.product().name("Polo piqué " + TestData.suffix()).price("12.50").create();
        NewProduct socks = data.product().name("Medias algodón " + TestData.suffix()).price("3.90").create();
        long a = shirt.variant(0).id();
        long b = socks.variant(0).id();
        data.stock(a, store.id(), 10);
        data.stock(b, store.id(), 10);
        NewUser cashier = data.user().permissions(CASHIER).locations(store).create();
        // a paid sale takes the store's boleta series and its cash goes into the cashier's open session
        InvoicingFixtures invoicing = new InvoicingFixtures(data);
        invoicing.series(invoicing.company(), store.id(), "03", invoicing.newSeries('B'), 0);
        long session = new CashFixtures(data).openSession(cashier.id(), store.id(), "100.00");

        browser.openAs(cashier, PAGE);
        browser.visible("pos-scan");
        browser.awaitText("pos-keys", "F4");
        WebDriver driver = browser.driver();

        keys(shirt.variant(0).barcode() + Keys.ENTER);
        browser.awaitText("pos-form:pos-lines", shirt.name());
        keys(socks.variant(0).barcode() + Keys.ENTER);
        browser.awaitText("pos-form:pos-lines", socks.name());
        browser.awaitText("pos-form:pos-total", "S/ 16.40");
        long order = data.number("SELECT id FROM orders WHERE location_id = ? AND channel = 'POS'", store.id());
        assertEquals(2, data.number("SELECT count(*) FROM inventory_reservations WHERE session_id = ?", "order:" + order),
                "each scanned line is reserved at once");

        keys("+"); // the last scanned line is the selected one
        browser.awaitText("pos-form:pos-total", "S/ 20.30");
        browser.awaitText("pos-units", "3");
        browser.screenshot("pos-cart");

        keys(Keys.F4.toString());
        browser.visible("pay-form:pay-tendered");
        browser.awaitText("pay-form:pay-remaining", "S/ 20.30");
        browser.type("pay-form:pay-tendered", "50");
        keys(Keys.ENTER.toString());

        String receipt = browser.awaitText(By.id("pos-receipt"), "S/ 29.70");
        String number = data.string("SELECT order_number FROM orders WHERE id = ?", order);
        assertTrue(receipt.contains(number), "the receipt names the order: " + receipt);
        assertTrue(receipt.contains("Boleta") && receipt.contains("S/ 20.30") && receipt.contains("Efectivo")
                && receipt.contains("S/ 50.00") && receipt.contains(store.code()), receipt);
        assertTrue(driver.findElement(By.id("pos-print")).isDisplayed());
        browser.screenshot("pos-receipt");

        assertEquals("PAID", data.string("SELECT status FROM orders WHERE id = ?", order));
        assertEquals("PAID", data.string("SELECT payment_status FROM orders WHERE id = ?", order));
        assertEquals(1, data.number("SELECT count(*) FROM payments WHERE order_id = ? AND method = 'CASH'"
                + " AND status = 'APPROVED' AND amount = 20.30", order));
        assertEquals("20.30", data.string("SELECT sum(amount) FROM cash_movements WHERE session_id = ? AND type = 'SALE'",
                session), "the cash is in the drawer of the cashier's session");
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE order_id = ? AND document_type = '03'"
                + " AND sunat_status = 'PENDING'", order), "the boleta is requested with the sale");
        assertEquals(9, data.number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                a, store.id()));
        assertEquals(8, data.number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                b, store.id()));
        assertEquals(0, data.number("SELECT sum(quantity_reserved) FROM inventory_stock WHERE variant_id IN (?, ?)"
                + " AND location_id = ?", a, b, store.id()));
        assertEquals(0, data.number("SELECT count(*) FROM inventory_reservations WHERE session_id = ?", "order:" + order));
        assertEquals(3, data.number("SELECT coalesce(sum(quantity), 0) FROM inventory_movements WHERE movement_type = 'SALE'"
                + " AND from_location_id = ? AND variant_id IN (?, ?)", store.id(), a, b));

        // Nueva venta from the receipt: an empty cart, the scan box has the focus again
        browser.click("pos-form:pos-next");
        browser.awaitText("pos-form:pos-total", "S/ 0.00");
        browser.await(d -> "pos-scan".equals(d.switchTo().activeElement().getAttribute("id")));
    }

    /** Keys typed into whatever has the focus (a scanner's keyboard wedge). */
    private void keys(CharSequence text) {
        browser.awaitAjax();
        new Actions(browser.driver()).sendKeys(text).perform();
        browser.awaitAjax();
    }
}
