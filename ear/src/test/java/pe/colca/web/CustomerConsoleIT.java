package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;

/**
 * The customer screens in a real browser: a RUC with a wrong check digit is refused next to the field
 * with a clear message and nothing is written; the right RUC creates the customer, which the list
 * then finds by a part of its name without accents; an address added in the Direcciones tab is the
 * default.
 */
class CustomerConsoleIT extends ClientIntegration {

    private static final String PAGE = "/backoffice/customers/customer.xhtml";
    private static final String FORM = "customer-tabs:customer-form:";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();

    @Test
    @DisplayName("create a RUC customer: a wrong check digit is refused with a clear message, the right one is saved")
    void createRucCustomer() throws Exception {
        String ruc = TestData.ruc();
        String wrong = ruc.substring(0, 10) + (char) ('0' + (ruc.charAt(10) - '0' + 3) % 10);
        String name = "Distribuidora Ñaña " + TestData.suffix();

        browser.openAs(DemoUser.ADMIN, PAGE);
        browser.awaitText("page-title", "Nuevo cliente");
        browser.selectOneMenu(FORM + "customer-doc-type", "RUC");
        browser.type(FORM + "customer-doc-number", wrong);
        browser.type(FORM + "customer-name", name);
        browser.type(FORM + "customer-phone", "987 654 321");
        browser.click(FORM + "customer-save");
        String refused = browser.awaitText(FORM + "customer-doc-number-message", "dígito verificador");
        assertTrue(refused.contains(String.valueOf(ruc.charAt(10))), "names the expected digit: " + refused);
        browser.screenshot("customer-ruc-check-digit");
        assertEquals(0, data.number("SELECT count(*) FROM customers WHERE full_name = ?", name));

        browser.type(FORM + "customer-doc-number", ruc);
        browser.click(FORM + "customer-save");
        browser.awaitText("page-title", name);
        assertEquals(1, data.number("SELECT count(*) FROM customers WHERE doc_type = 'RUC' AND doc_number = ?"
                + " AND full_name = ? AND phone = '+51987654321' AND deleted_at IS NULL", ruc, name));
        browser.screenshot("customer-created");

        // Direcciones: the first address becomes the default
        browser.click(By.xpath("//*[@id='customer-tabs']//a[contains(., 'Direcciones')]"));
        browser.click("customer-tabs:addresses-form:address-new");
        browser.visible("address-form:address-line");
        browser.type("address-form:address-label", "Almacén");
        browser.type("address-form:address-line", "Av. Argentina 1234");
        browser.selectOneMenu("address-form:address-ubigeo", "Lima (Lima)");
        browser.click("address-form:address-save");
        browser.awaitText("customer-tabs:addresses-form:addresses-table", "Av. Argentina 1234");
        long id = data.number("SELECT id FROM customers WHERE doc_number = ? AND deleted_at IS NULL", ruc);
        assertEquals(1, data.number("SELECT count(*) FROM customer_addresses WHERE customer_id = ? AND is_default"
                + " AND ubigeo = '150101'", id));

        // the list finds it by a part of the name, without the accent
        browser.open("/backoffice/customers/customers.xhtml");
        browser.type("customers-form:customer-search", "nana " + name.substring(name.length() - 10).toLowerCase());
        browser.awaitText("customers-form:customers-table", name);
        browser.awaitText("customers-form:customers-table", ruc);
        browser.screenshot("customer-list");
    }

    @Test
    @DisplayName("the Puntos and Monedero tabs adjust a customer's points and top up the wallet, with the new balances shown")
    void loyaltyAndWalletTabs() throws Exception {
        TestData.NewCustomer customer = data.customer();
        browser.openAs(DemoUser.ADMIN, PAGE + "?id=" + customer.id());
        browser.awaitText("page-title", customer.fullName());

        browser.click(By.xpath("//*[@id='customer-tabs']//a[contains(., 'Puntos')]"));
        browser.click("customer-tabs:loyalty-form:loyalty-adjust");
        browser.visible("customer-tabs:loyalty-adjust-form:loyalty-adjust-reason");
        browser.type("customer-tabs:loyalty-adjust-form:loyalty-adjust-points_input", "150");
        browser.type("customer-tabs:loyalty-adjust-form:loyalty-adjust-reason", "Compensación por reclamo");
        browser.click("customer-tabs:loyalty-adjust-form:loyalty-adjust-save");
        browser.awaitText("loyalty-balance", "150");
        assertEquals(150, data.number("SELECT points_balance FROM loyalty_accounts WHERE customer_id = ?", customer.id()));
        browser.screenshot("customer-loyalty-adjusted");

        browser.click(By.xpath("//*[@id='customer-tabs']//a[contains(., 'Monedero')]"));
        browser.click("customer-tabs:wallet-form:wallet-topup");
        browser.visible("customer-tabs:wallet-topup-form:wallet-topup-reference");
        browser.type("customer-tabs:wallet-topup-form:wallet-topup-amount_input", "25.50");
        browser.type("customer-tabs:wallet-topup-form:wallet-topup-reference", "OP-" + TestData.suffix());
        browser.click("customer-tabs:wallet-topup-form:wallet-topup-save");
        browser.awaitText("wallet-balance", "25.50");
        assertEquals("25.50", data.string("SELECT balance::numeric(12,2)::text FROM customer_wallets WHERE customer_id = ?",
                customer.id()));
        browser.screenshot("customer-wallet-topped-up");
    }
}
