package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.SummaryFixtures;
import pe.colca.testing.TestData;

/**
 * Facturación → Bajas and Resúmenes in a real browser, as the demo administrator: the Anular dialog opened
 * for a document id (as the document detail links it) refuses a short reason, then voids an accepted
 * factura; the RA appears among the summaries and the voiding reaches "Anulado" once SUNAT's ticket is
 * answered; the company's boletas are then switched to the daily summary on the Resúmenes screen.
 */
class VoidingConsoleIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final SummaryFixtures fx = new SummaryFixtures();
    private final TestData data = fx.data();

    @Test
    @DisplayName("void a factura from its id: short reason refused, then an RA whose ticket reaches Anulado")
    void voidFacturaFromTheConsole() throws Exception {
        int company = fx.company("BILL");
        String series = fx.series('F');
        LocalDate issued = LocalDate.now(ZoneId.of("America/Lima")).minusDays(1);
        long factura = fx.document(company, "01", series, 7, issued, "236.00", "ACCEPTED");

        browser.openAs(DemoUser.ADMIN, "/backoffice/invoicing/voidings.xhtml?documentId=" + factura);
        browser.visible("void-dialog");
        browser.type("void-form:void-reason", "no");
        browser.click("void-form:void-save");
        browser.awaitText("void-form", "3 caracteres");
        assertEquals(0, data.number("SELECT count(*) FROM voided_documents WHERE document_id = ?", factura));

        browser.type("void-form:void-reason", "Error en el RUC del cliente");
        browser.click("void-form:void-save");
        browser.invisible("void-dialog");
        browser.awaitText("voidings-form:voidings-table", series + "-7");
        assertEquals(1, data.number("SELECT count(*) FROM voided_documents WHERE document_id = ?", factura));

        Instant end = Instant.now().plus(Duration.ofSeconds(150));
        while (!"VOIDED".equals(data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", factura))
                && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
        browser.open("/backoffice/invoicing/voidings.xhtml");
        browser.awaitText("voidings-form:voidings-table", "Anulado");
        browser.open("/backoffice/invoicing/summaries.xhtml");
        browser.awaitText("summaries-form:summaries-table", "RA-");
        browser.screenshot("voiding-accepted");
        assertEquals("VOIDED", data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", factura));

        // the company's boletas from now on by daily summary, switched on the same screen
        String label = data.string("SELECT ruc || ' · ' || raz_social FROM companies WHERE id = ?", company);
        browser.selectOneMenu("delivery-form:delivery-company", label);
        browser.awaitText("delivery-form", "Una por una");
        browser.click("delivery-form:delivery-toggle");
        browser.awaitText("delivery-form", "Resumen diario");
        assertEquals("SUMMARY", data.string("SELECT boleta_delivery FROM companies WHERE id = ?", company));
    }
}
