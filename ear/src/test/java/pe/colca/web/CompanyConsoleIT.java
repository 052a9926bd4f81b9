package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.Companies;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestData;

/**
 * Facturación → Empresas y series in a real browser, as the demo administrator: a company is created
 * (a wrong RUC check digit is refused on the field first), its PKCS#12 certificate uploaded with its
 * password (a wrong password refused), and the screen shows the certificate's subject and validity;
 * the SOL password is stored encrypted and never shown back; a series is added.
 */
class CompanyConsoleIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();

    @Test
    @DisplayName("create a company, upload its certificate (wrong password refused), set SOL credentials, add a series for a store")
    void createCompanyWithCertificate() throws Exception {
        String ruc = Companies.newRuc();
        String wrongDigit = ruc.substring(0, 10) + ((ruc.charAt(10) - '0' + 1) % 10);
        browser.openAs(DemoUser.ADMIN, "/backoffice/invoicing/companies.xhtml");
        browser.click("companies-form:company-new");
        browser.visible("company-dialog");
        browser.type("company-form:company-ruc", wrongDigit);
        browser.type("company-form:company-legal-name", "Consola Prueba " + ruc);
        browser.type("company-form:company-ubigeo", "150101");
        browser.click("company-form:company-save");
        browser.awaitText("company-form", "dígito verificador");
        assertEquals(0, data.number("SELECT count(*) FROM companies WHERE ruc = ?", wrongDigit));

        browser.type("company-form:company-ruc", ruc);
        browser.click("company-form:company-save");
        browser.invisible("company-dialog");
        assertEquals(1, data.number("SELECT count(*) FROM companies WHERE ruc = ?", ruc));

        browser.type("companies-form:company-search", ruc);
        browser.awaitRowsContaining("companies-form:companies-table", ruc);
        browser.click(row(ruc, ":certificate"));
        browser.visible("certificate-dialog");
        Path p12 = Files.createTempFile("company-", ".p12");
        Files.write(p12, Companies.p12("test-signer.p12"));
        p12.toFile().deleteOnExit();
        WebElement input = browser.await(ExpectedConditions.presenceOfElementLocated( // the dialog's update may still run
                By.cssSelector("input[type='file'][id^='certificate-form:certificate-upload']")));
        input.sendKeys(p12.toAbsolutePath().toString());
        browser.awaitAjax();
        browser.type("certificate-form:certificate-password", "no-es-la-clave");
        browser.click("certificate-form:certificate-install");
        browser.awaitText("certificate-form:certificate-messages", "PKCS#12");
        assertEquals(0, data.number("SELECT count(*) FROM companies WHERE ruc = ? AND certificate_data IS NOT NULL", ruc));

        browser.type("certificate-form:certificate-password", Companies.P12_PASSWORD);
        browser.click("certificate-form:certificate-install");
        browser.invisible("certificate-dialog");
        browser.awaitText("companies-form:companies-table", "EMPRESA DE PRUEBA COLCA SAC");
        assertTrue(browser.visible("companies-form:companies-table").getText().contains("Vigente hasta"));
        browser.screenshot("company-certificate-installed");

        browser.click(row(ruc, ":sol"));
        browser.visible("sol-dialog");
        browser.type("sol-form:sol-user", "moddatos");
        browser.type("sol-form:sol-password", "clave-sol-secreta");
        browser.click("sol-form:sol-save");
        browser.invisible("sol-dialog");
        assertEquals(1, data.number("SELECT count(*) FROM companies WHERE ruc = ? AND sol_user = 'MODDATOS'"
                + " AND sol_pass LIKE 'gcm1:%'", ruc));
        browser.click(row(ruc, ":sol"));
        browser.visible("sol-dialog");
        assertEquals("", browser.visible("sol-form:sol-password").getAttribute("value"), "the password is never shown");

        browser.driver().navigate().refresh();
        browser.type("companies-form:company-search", ruc);
        browser.awaitRowsContaining("companies-form:companies-table", ruc);
        TestData.NewLocation store = data.location().create(); // before the dialog reads the stores
        browser.click(row(ruc, ":series"));
        browser.visible("series-dialog");
        browser.selectOneMenu("series-form:series-type", "Factura");
        browser.selectOneMenu("series-form:series-store", store.code() + " · " + store.name());
        String series = "F" + ruc.substring(8, 11);
        browser.type("series-form:series-code", series);
        browser.click("series-form:series-add");
        browser.awaitText("series-form:series-table", series);
        browser.awaitText("series-form:series-table", store.code());
        assertEquals(1, data.number("SELECT count(*) FROM document_sequences s JOIN companies c ON c.id = s.company_id"
                + " WHERE c.ruc = ? AND s.series = ? AND s.document_type = '01' AND s.location_id = ?", ruc, series,
                store.id()), "the series numbers the sales of the chosen store");
    }

    /**
     * A row's button, found anew at each try: the search box filters after a delay, so the table can be
     * replaced between finding the button and clicking it ({@link Browser#click(By)} retries a stale one).
     */
    private static By row(String ruc, String button) {
        return By.xpath("//tbody[@id='companies-form:companies-table_data']/tr[contains(., '" + ruc
                + "')]//button[contains(@id, '" + button + "')]");
    }
}
