package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.CustomerLedgerFixtures;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewCustomer;

/**
 * The customer page in a real browser: the Pedidos and Notificaciones tabs list what the sales and notification
 * areas hold about the customer; the personal-data buttons export (PDF and JSON, each logged) and anonymise
 * behind a confirmation dialog that asks why; the English console shows a duplicate document in English.
 * The order and the notification are written by SQL (no order service yet).
 */
class CustomerPrivacyConsoleIT extends ClientIntegration {

    private static final String PAGE = "/backoffice/customers/customer.xhtml";
    private static final String PRIVACY = "customer-privacy-form:";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();
    private final CustomerLedgerFixtures fixtures = new CustomerLedgerFixtures(data);

    @Test
    @DisplayName("customer page: orders and notifications tabs, export PDF/JSON, anonymise after confirming with a reason")
    void exportAndAnonymiseFromTheCustomerPage() throws Exception {
        NewCustomer c = data.customer();
        fixtures.order(c.id(), "88.40");
        String number = data.string("SELECT order_number FROM orders WHERE customer_id = ?", c.id());
        fixtures.notificationSent(c.id(), "ORDER_READY");

        browser.openAs(DemoUser.ADMIN, PAGE + "?id=" + c.id() + "&lang=es");
        browser.awaitText("page-title", c.fullName());
        browser.click(By.xpath("//*[@id='customer-tabs']//a[contains(., 'Pedidos')]"));
        browser.awaitText("customer-tabs:orders-form:orders-table", number);
        browser.awaitText("customer-tabs:orders-form:orders-table", "S/ 88.40");
        browser.click(By.xpath("//*[@id='customer-tabs']//a[contains(., 'Notificaciones')]"));
        browser.awaitText("customer-tabs:notifications-form:notifications-table", "ORDER_READY");
        browser.screenshot("customer-orders-notifications");

        browser.click(PRIVACY + "customer-export-pdf");
        awaitCount(1, "SELECT count(*) FROM customer_privacy_requests WHERE customer_id = ? AND format = 'PDF'", c.id());
        browser.click(PRIVACY + "customer-export-json");
        awaitCount(1, "SELECT count(*) FROM customer_privacy_requests WHERE customer_id = ? AND format = 'JSON'", c.id());

        browser.click(PRIVACY + "customer-anonymise");
        browser.visible("customer-anonymise-form:customer-anonymise-reason");
        browser.awaitText(By.id("customer-anonymise-dialog"), "no se puede deshacer");
        browser.click("customer-anonymise-form:customer-anonymise-confirm");
        browser.awaitText(By.id("customer-anonymise-dialog"), "motivo");
        assertEquals(c.fullName(), data.string("SELECT full_name FROM customers WHERE id = ?", c.id()),
                "no reason, nothing changes");
        browser.type("customer-anonymise-form:customer-anonymise-reason", "Solicitud presencial N.° 7");
        browser.screenshot("customer-anonymise-confirm");
        browser.click("customer-anonymise-form:customer-anonymise-confirm");
        browser.await(d -> d.getCurrentUrl().contains("customers.xhtml"));
        browser.awaitText(By.tagName("body"), "anonimizado");
        assertEquals(1, data.number("SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NOT NULL"
                + " AND email IS NULL AND full_name LIKE 'Cliente anonimizado%' AND doc_number = ?", c.id(), c.docNumber()));
        assertEquals(1, data.number("SELECT count(*) FROM customer_privacy_requests WHERE customer_id = ?"
                + " AND kind = 'ANONYMISATION' AND document_kept", c.id()));

        browser.type("customers-form:customer-search", c.docNumber());
        browser.awaitText("customers-form:customers-table", "No hay clientes");
        assertTrue(!browser.driver().findElement(By.id("customers-form:customers-table")).getText()
                .contains(c.fullName()), "the list no longer finds him by his old data");
    }

    @Test
    @DisplayName("the English console shows a duplicate document in English")
    void duplicateDocumentInEnglish() throws Exception {
        NewCustomer taken = data.customer();
        String form = "customer-tabs:customer-form:";
        browser.openAs(DemoUser.ADMIN, PAGE + "?lang=en");
        browser.selectOneMenu(form + "customer-doc-type", "DNI");
        browser.type(form + "customer-doc-number", taken.docNumber());
        browser.type(form + "customer-name", "Duplicate " + TestData.suffix());
        browser.click(form + "customer-save");
        String message = browser.awaitText(form + "customer-doc-number-message", "already has document");
        assertTrue(message.contains(taken.docNumber()), message);
        browser.screenshot("customer-duplicate-english");
        browser.open(PAGE + "?lang=es");
    }

    private void awaitCount(long expected, String sql, Object... args) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        long count = data.number(sql, args);
        while (count != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            count = data.number(sql, args);
        }
        assertEquals(expected, count, sql);
    }
}
