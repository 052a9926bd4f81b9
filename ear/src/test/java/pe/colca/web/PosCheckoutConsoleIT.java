package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.PosSteps;
import pe.colca.testing.PosSteps.Till;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewCustomer;

/**
 * The POS checkout in a real browser, beyond the scanner sale of {@link PosConsoleIT}: the customer dialog
 * (F2: a DNI looked up, an unknown one registered on the spot), a factura to a RUC customer and its refusal
 * without one, split tender (cash with change, then a card with authorisation code and last 4), a double click
 * on <i>Cobrar</i> that charges once, and the tablet layout (1280×800: the main buttons shown whole, without
 * scrolling). The shared steps are {@link PosSteps}.
 */
class PosCheckoutConsoleIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();
    private final PosSteps pos = new PosSteps(browser, data);

    @Test
    @DisplayName("F2: a DNI customer is looked up and put on the sale; an unknown DNI is registered on the spot")
    void customerDialog() throws Exception {
        Till till = pos.till("15.00");
        NewCustomer known = data.customer();
        pos.open(till);
        pos.scan(till.product(0));
        long order = pos.order(till);

        pos.lookUpCustomer("DNI", known.docNumber());
        browser.invisible("customer-dialog");
        browser.awaitText("pos-form:pos-customer", known.fullName());
        assertEquals(known.id(), data.number("SELECT customer_id FROM orders WHERE id = ?", order));
        pos.awaitFocus("pos-scan");

        String unknown = TestData.dni();
        pos.lookUpCustomer("DNI", unknown);
        browser.visible("customer-form:customer-name");
        pos.awaitFocus("customer-form:customer-name"); // the dialog's first empty field takes the focus
        pos.keys("María Quispe Mamani " + TestData.suffix() + Keys.ENTER); // Enter registers (the form's default)
        browser.invisible("customer-dialog");
        browser.awaitText("pos-form:pos-customer", "María Quispe Mamani");
        long created = data.number("SELECT id FROM customers WHERE doc_type = 'DNI' AND doc_number = ?", unknown);
        assertEquals(created, data.number("SELECT customer_id FROM orders WHERE id = ?", order),
                "the new customer is on the sale");
        browser.screenshot("pos-customer-created");
    }

    @Test
    @DisplayName("a factura needs a RUC customer: refused without one (and for a DNI), issued to a RUC customer")
    void facturaToRucCustomer() throws Exception {
        Till till = pos.till("118.00");
        NewCustomer person = data.customer();
        NewCustomer company = data.customer(IdentityDocumentType.RUC, TestData.ruc());
        pos.open(till);
        pos.scan(till.product(0));
        long order = pos.order(till);

        pos.document("Factura");
        pos.awaitGrowl("una factura requiere un cliente con RUC");
        assertEquals("03", data.string("SELECT document_type FROM orders WHERE id = ?", order), "still a boleta");

        pos.lookUpCustomer("DNI", person.docNumber());
        browser.awaitText("pos-form:pos-customer", person.fullName());
        pos.document("Factura");
        pos.awaitGrowl("una factura requiere un cliente con RUC");
        assertEquals("03", data.string("SELECT document_type FROM orders WHERE id = ?", order));

        pos.lookUpCustomer("RUC", company.docNumber());
        browser.awaitText("pos-form:pos-customer", company.fullName());
        pos.document("Factura");
        browser.await(d -> {
            try {
                return "01".equals(data.string("SELECT document_type FROM orders WHERE id = ?", order));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        pos.openPayment();
        browser.type("pay-form:pay-tendered", "120");
        pos.keys(Keys.ENTER.toString());
        String receipt = browser.awaitText(By.id("pos-receipt"), "Factura");
        assertTrue(receipt.contains(company.docNumber()) && receipt.contains("S/ 118.00") && receipt.contains("S/ 2.00"),
                receipt);
        assertEquals(company.id(), data.number("SELECT customer_id FROM orders WHERE id = ?", order));
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE order_id = ? AND document_type = '01'"
                + " AND series LIKE 'F%' AND sunat_status = 'PENDING'", order), "the factura is requested with the sale");
    }

    @Test
    @DisplayName("split tender: S/ 10.00 cash from S/ 20.00 (change S/ 10.00), the rest by card with authorisation and last 4")
    void splitTender() throws Exception {
        Till till = pos.till("12.50", "7.80");
        pos.open(till);
        pos.scan(till.product(0));
        pos.scan(till.product(1));
        browser.awaitText("pos-form:pos-total", "S/ 20.30");
        long order = pos.order(till);

        pos.openPayment();
        browser.type("pay-form:pay-amount", "10.00");
        browser.type("pay-form:pay-tendered", "20.00");
        browser.click("pay-form:pay-submit");
        browser.awaitText("pay-form:pay-remaining", "S/ 10.30"); // the dialog stays open for the next tender
        assertEquals("S/ 10.30", browser.visible("pay-form:pay-remaining").getText());

        pos.method("Tarjeta");
        browser.visible("pay-form:pay-auth");
        assertEquals("10.30", browser.visible("pay-form:pay-amount").getAttribute("value"), "the rest is proposed");
        browser.type("pay-form:pay-auth", "A1B2C3");
        browser.type("pay-form:pay-last4", "4242");
        browser.click("pay-form:pay-submit");

        String receipt = browser.awaitText(By.id("pos-receipt"), "Tarjeta");
        assertTrue(receipt.contains("Efectivo") && receipt.contains("S/ 20.00") && receipt.contains("A1B2C3")
                && receipt.contains("4242") && receipt.contains("S/ 10.30"), receipt);
        assertEquals("S/ 10.00", browser.visible("pos-form:receipt-change").getText());
        browser.screenshot("pos-split-tender");

        assertEquals("PAID", data.string("SELECT status FROM orders WHERE id = ?", order));
        assertEquals(2, data.number("SELECT count(*) FROM payments WHERE order_id = ? AND status = 'APPROVED'", order));
        assertEquals(1, data.number("SELECT count(*) FROM payments WHERE order_id = ? AND method = 'CASH' AND amount = 10.00"
                + " AND (gateway_response ->> 'tendered')::numeric = 20.00 AND (gateway_response ->> 'change')::numeric = 10.00",
                order));
        assertEquals(1, data.number("SELECT count(*) FROM payments WHERE order_id = ? AND method = 'CARD' AND amount = 10.30"
                + " AND transaction_id = 'A1B2C3' AND gateway_response ->> 'cardLast4' = '4242'", order));
        assertEquals("10.00", data.string("SELECT sum(amount) FROM cash_movements WHERE session_id = ? AND type = 'SALE'",
                till.session()), "only the cash goes into the drawer");
        assertEquals(2, data.number("SELECT count(*) FROM payments WHERE order_id = ? AND cash_session_id = ?", order,
                till.session()), "both tenders count in the session's per-tender totals");
    }

    @Test
    @DisplayName("a double click on Cobrar charges once")
    void doubleClickChargesOnce() throws Exception {
        Till till = pos.till("9.90");
        pos.open(till);
        pos.scan(till.product(0));
        long order = pos.order(till);

        pos.openPayment();
        browser.type("pay-form:pay-tendered", "10");
        new Actions(browser.driver()).doubleClick(browser.visible("pay-form:pay-submit")).perform();
        browser.awaitText(By.id("pos-receipt"), "S/ 9.90");
        browser.awaitAjax();

        assertEquals(1, data.number("SELECT count(*) FROM payments WHERE order_id = ?", order), "one payment");
        assertEquals("9.90", data.string("SELECT sum(amount) FROM cash_movements WHERE session_id = ? AND type = 'SALE'",
                till.session()), "the drawer took the cash once");
        assertEquals("PAID", data.string("SELECT payment_status FROM orders WHERE id = ?", order));
        assertEquals(9, data.number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                till.product(0).variant(0).id(), till.store().id()), "the unit left the stock once");
    }

    @Test
    @DisplayName("tablet (1280×800) and laptop (1366×768): the scan box, totals and main buttons are shown whole, without scrolling")
    void tabletLayout() throws Exception {
        Till till = pos.till("5.00");
        pos.open(till);
        pos.scan(till.product(0));
        List<String> main = List.of("pos-scan", "pos-form:pos-total", "pos-form:pos-customer-open", "pos-form:pos-pay",
                "pos-form:pos-cancel-line", "pos-form:pos-minus", "pos-form:pos-plus", "pos-form:pos-new");
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        try {
            for (int[] size : new int[][] {{1280, 800}, {1366, 768}}) {
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0], "height", size[1],
                        "deviceScaleFactor", 1, "mobile", false));
                browser.awaitAjax();
                browser.screenshot("pos-" + size[0] + "x" + size[1]);
                for (String id : main) {
                    assertTrue(pos.inViewport(id), id + " is shown whole at " + size[0] + "×" + size[1]);
                }
            }
            // a tap on + (a tablet has no keyboard) works like the key
            browser.click("pos-form:pos-plus");
            browser.awaitText("pos-form:pos-total", "S/ 10.00");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
