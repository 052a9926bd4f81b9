package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.ReconciliationFixtures;
import pe.colca.testing.ReconciliationFixtures.Shop;
import pe.colca.testing.SummaryFixtures;
import pe.colca.testing.TestData;

/**
 * Facturación → Conciliación in a real browser, as the demo administrator: a company's yesterday with a paid
 * order without a document; "Conciliar ahora" for that company (the dialog warns the report is replaced),
 * the table follows the run until it is done, the run's differences show the order with the explanation,
 * and the CSV button is there.
 */
class ReconciliationConsoleIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final LocalDate DAY = LocalDate.now(ZoneId.of("America/Lima")).minusDays(1);
    @RegisterExtension
    final SummaryFixtures summaries = new SummaryFixtures();
    private final TestData data = summaries.data();

    @Test
    @DisplayName("Conciliar ahora for a company: the run completes on screen and its difference names the order without a document")
    void reconcileNowFromTheConsole() throws Exception {
        ReconciliationFixtures fx = new ReconciliationFixtures(data, summaries);
        Shop shop = fx.shop();
        String order = fx.orderNumber(fx.paidOrder(shop, DAY, "59.00"));
        String label = shop.ruc() + " · " + data.string("SELECT raz_social FROM companies WHERE id = ?", shop.companyId());

        browser.openAs(DemoUser.ADMIN, "/backoffice/invoicing/reconciliation.xhtml");
        browser.click("reconciliation-form:reconcile-now");
        browser.visible("reconcile-now-dialog");
        browser.awaitText("reconcile-now-form", "reemplaza");
        browser.selectOneMenu("reconcile-now-form:reconcile-company", label);
        browser.click("reconcile-now-form:reconcile-confirm");
        browser.invisible("reconcile-now-dialog");
        browser.awaitText("reconciliation-form:reconciliation-messages", "iniciada");

        browser.selectOneMenu("reconciliation-form:reconciliation-company-filter", label);
        // the page polls while the run it started is queued or running, then shows it done
        new WebDriverWait(browser.driver(), Duration.ofSeconds(180)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("reconciliation-form:reconciliation-table")).getText().contains("Terminada"));
        String row = browser.awaitText("reconciliation-form:reconciliation-table", shop.ruc());
        assertTrue(row.contains("Terminada"), row);

        browser.click("reconciliation-form:reconciliation-table:0:open");
        browser.visible("reconciliation-differences-dialog");
        String differences = browser.awaitText("reconciliation-differences-form", "Sin comprobante");
        assertTrue(differences.contains(order), differences);
        assertTrue(differences.contains("no tiene comprobante"), differences);
        browser.visible("reconciliation-differences-form:reconciliation-csv");
    }
}
