package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import pe.colca.testing.ApiClient;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.CustomerLedgerFixtures;
import pe.colca.testing.CustomerMergeFixtures;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewCustomer;

/**
 * Duplicates and merge in a real browser: the duplicates list finds a pair (same phone, the same name but for the
 * accents), "Fusionar" opens the side-by-side screen, the name of the absorbed customer is chosen, the preview shows
 * the summed points and wallet, and after the confirmation the survivor's page shows the merged balances in its
 * Puntos and Monedero tabs and the merge in its Historial de fusiones tab.
 */
class CustomerMergeConsoleIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();
    private final CustomerLedgerFixtures ledgers = new CustomerLedgerFixtures(data);
    private final CustomerMergeFixtures fixtures = new CustomerMergeFixtures(data);
    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("find a duplicate, merge it keeping the absorbed customer's name, see the merged balances")
    void findMergeAndSeeBalances() throws Exception {
        NewCustomer older = data.customer();
        NewCustomer newer = data.customer();
        String unique = TestData.suffix().toLowerCase(Locale.ROOT);
        String phone = CustomerMergeFixtures.mobile();
        fixtures.phone(older.id(), phone);
        fixtures.phone(newer.id(), phone);
        fixtures.name(older.id(), "Martin Huaman Soto " + unique);
        String newerName = "Martín Huamán Soto " + unique;
        fixtures.name(newer.id(), newerName);
        ledgers.earnedLongAgo(older.id(), 300, 5);
        ledgers.earnedLongAgo(newer.id(), 45, 5);
        String token = api.token(data.user().permissions("api.access", "customer.view", "payment.create").create());
        topUp(token, older.id(), "7.50");
        topUp(token, newer.id(), "12.50");

        browser.openAs(DemoUser.ADMIN, "/backoffice/customers/duplicates.xhtml");
        browser.awaitText("page-title", "Clientes duplicados");
        browser.type("duplicates-form:duplicate-search", unique);
        browser.awaitText("duplicates-form:duplicates-table", newerName);
        browser.awaitText("duplicates-form:duplicates-table", "Mismo celular");
        browser.screenshot("customer-duplicates");
        browser.click(By.xpath("//tr[contains(., '" + unique + "')]//*[contains(@id, 'duplicate-merge')]"));

        browser.awaitText("page-title", "Fusionar clientes");
        browser.awaitText("merge-result-points", "345");
        browser.awaitText("merge-result-wallet", "20.00");
        browser.click(By.cssSelector("label[for='merge-form:merge-fields:1:choice:1']"));
        browser.awaitText("merge-form:merge-fields:1:result-value", "Martín Huamán");
        browser.type("merge-form:merge-reason", "Registrado dos veces, mismo celular");
        browser.screenshot("customer-merge-screen");
        browser.click("merge-form:merge-submit");
        browser.click("merge-confirm-form:merge-confirm");

        browser.awaitText("page-title", newerName);
        browser.click(By.xpath("//*[@id='customer-tabs']//a[contains(., 'Puntos')]"));
        browser.awaitText("loyalty-balance", "345");
        browser.click(By.xpath("//*[@id='customer-tabs']//a[contains(., 'Monedero')]"));
        browser.awaitText("wallet-balance", "20.00");
        browser.click(By.xpath("//*[@id='customer-tabs']//a[contains(., 'Historial de fusiones')]"));
        browser.awaitText("customer-tabs:merges-form:merges-table", "Registrado dos veces");
        browser.screenshot("customer-merged");

        assertEquals(newerName, data.string("SELECT full_name FROM customers WHERE id = ?", older.id()));
        assertEquals(1, data.number("SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NOT NULL", newer.id()));
        assertEquals(345, ledgers.points(older.id()));
        assertEquals("20.00", ledgers.wallet(older.id()));
    }

    private void topUp(String token, long customerId, String amount) {
        ApiClient.Reply r = api.post("/api/v1/customers/" + customerId + "/wallet/top-ups", token, "{\"amount\": " + amount
                + ", \"reference\": \"YAPE-" + TestData.suffix() + "\"}");
        assertEquals(201, r.status(), r.toString());
    }
}
