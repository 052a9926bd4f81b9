package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.SummaryFixtures;
import pe.colca.testing.TestData;

/**
 * The document detail's Anular end to end in a real browser, and the files of the voiding: from an accepted
 * factura's detail, Anular opens Facturación → Bajas with the dialog filled with the document; the RA's
 * ticket reaches "Anulado"; the row's XML and CDR buttons give the signed RA and SUNAT's CDR zip (fetched
 * by submitting the row's button from the page, as the click does, so the bytes can be checked).
 */
class SummaryFilesConsoleIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final SummaryFixtures fx = new SummaryFixtures();
    private final TestData data = fx.data();

    @Test
    @DisplayName("Anular from the document detail → Bajas dialog filled → RA accepted (Anulado); the row downloads the RA XML and the CDR")
    void voidFromTheDetailAndDownload() throws Exception {
        int company = fx.company("BILL");
        String series = fx.series('F');
        long factura = fx.document(company, "01", series, 3, LocalDate.now(ZoneId.of("America/Lima")).minusDays(1),
                "354.00", "ACCEPTED");

        browser.openAs(DemoUser.ADMIN, "/backoffice/invoicing/document.xhtml?id=" + factura);
        browser.click("document-form:void");
        browser.visible("void-dialog");
        assertEquals(String.valueOf(factura), browser.visible("void-form:void-document_input").getAttribute("value"));
        browser.type("void-form:void-reason", "Error en la descripción del servicio");
        browser.click("void-form:void-save");
        browser.invisible("void-dialog");
        browser.awaitText("voidings-form:voidings-table", series + "-3");

        Instant end = Instant.now().plus(Duration.ofSeconds(150));
        while (!"VOIDED".equals(data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", factura))
                && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
        assertEquals("VOIDED", data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", factura));
        browser.open("/backoffice/invoicing/voidings.xhtml");
        browser.awaitText("voidings-form:voidings-table", "Anulado");
        String ra = data.string("SELECT s.identifier FROM voided_documents v JOIN sunat_summaries s ON s.id = v.summary_id"
                + " WHERE v.document_id = ?", factura);

        String xml = download(series + "-3", "download-xml");
        assertTrue(xml.startsWith("application/xml|"), xml);
        assertTrue(xml.contains("VoidedDocuments-1") && xml.contains(ra), xml);
        String cdr = download(series + "-3", "download-cdr");
        assertTrue(cdr.startsWith("application/zip|PK"), "a zip: " + cdr.substring(0, Math.min(80, cdr.length())));
        browser.screenshot("voiding-files");
    }

    /** Submits the row's download button as its click does; "content-type|body". */
    private String download(String documentNumber, String button) {
        WebElement b = browser.visible(By.xpath("//tr[contains(., '" + documentNumber + "')]//button[contains(@id, ':"
                + button + "')]"));
        assertTrue(b.isEnabled(), button + " enabled");
        Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const b = document.getElementById(arguments[0]); const done = arguments[arguments.length - 1];"
                        + "const body = new URLSearchParams(new FormData(b.form)); body.append(b.name, b.name);"
                        + "fetch(b.form.action, {method: 'POST', body: body, credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done((r.headers.get('content-type') || '').split(';')[0] + '|' + t)))"
                        + ".catch(e => done('error|' + e));", b.getAttribute("id"));
        return String.valueOf(result);
    }
}
