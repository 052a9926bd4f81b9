package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import pe.colca.invoicing.SunatStatus;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.DocumentFixtures;
import pe.colca.testing.DocumentFixtures.Doc;
import pe.colca.testing.DocumentFixtures.Issuer;
import pe.colca.testing.Pdfs;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewLocation;

/**
 * Facturación → Comprobantes and → Atención in a real browser: the list filtered by series, a document's
 * detail with its timeline and SUNAT's words, its printed copy downloaded (a PDF whose QR decodes to
 * SUNAT's text), and a rejected document waiting in the attention queue re-issued after the confirmation.
 * The documents are left by {@link DocumentFixtures} as the sender would leave them.
 */
class DocumentConsoleIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();
    private final DocumentFixtures documents = new DocumentFixtures(data);

    @Test
    @DisplayName("list → detail → PDF download with its QR; a rejected document re-issued from the attention queue")
    void listDetailPdfAndReissueFromTheQueue() throws Exception {
        NewLocation store = data.location().create();
        Issuer issuer = documents.issuer(store.id(), 2);
        Doc accepted = documents.document(issuer, 1, SunatStatus.ACCEPTED, false, "La Boleta ha sido aceptada", true);
        Doc rejected = documents.document(issuer, 2, SunatStatus.REJECTED, true,
                "2800 - El dato ingresado en el tipo de documento de identidad del receptor no esta permitido", true);

        browser.openAs(DemoUser.ADMIN, "/backoffice/invoicing/documents.xhtml?lang=es");
        browser.type("documents-form:series-filter", issuer.series());
        browser.awaitText("documents-form:documents-table", rejected.number());
        browser.awaitText("documents-form:documents-table", "ANA QUISPE MAMANI");
        browser.screenshot("documents-list");
        browser.click(By.linkText(accepted.number()));
        browser.awaitText("document-status", "Aceptado");
        browser.awaitText("document-form:timeline-table", "Pendiente");
        browser.awaitText("document-form:document-sunat-message", "La Boleta ha sido aceptada");
        browser.screenshot("document-detail");

        String[] download = post("document-form", "document-form:download-pdf").split("\\|", 2);
        assertTrue(download[0].startsWith("application/pdf"), download[0]);
        byte[] pdf = Base64.getDecoder().decode(download[1]);
        assertTrue(Pdfs.text(pdf).replaceAll("\\s+", " ").contains("Representación impresa de la Boleta de Venta Electrónica"));
        assertEquals(issuer.ruc() + "|03|" + issuer.series() + "|1|18.00|118.00|2026-12-03|1|45678912|"
                + accepted.hash() + "|", Pdfs.qr(pdf));

        browser.open("/backoffice/invoicing/attention.xhtml?lang=es");
        browser.type("documents-form:series-filter", issuer.series());
        browser.awaitText("documents-form:documents-table", rejected.number());
        browser.awaitText("documents-form:documents-table", "2800");
        browser.screenshot("documents-attention");
        browser.click("documents-form:documents-table:0:reissue");
        browser.visible("documents-form:document-confirm-yes");
        browser.click("documents-form:document-confirm-yes");
        String replacement = issuer.series() + "-3";
        browser.awaitText(By.cssSelector(".ui-growl"), replacement);
        browser.awaitText("documents-form:documents-table", "Ningún comprobante espera atención");
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE replaces_document_id = ?"
                + " AND series = ? AND correlative_number = 3 AND sunat_status = 'PENDING'", rejected.id(), issuer.series()));
        assertEquals(0, data.number("SELECT count(*) FROM electronic_documents WHERE id = ? AND needs_attention",
                rejected.id()));

        browser.open("/backoffice/sales/order.xhtml?id=" + rejected.orderId() + "&lang=es");
        browser.awaitText("order-form:documents-table", replacement);
        browser.click(By.linkText(replacement));
        browser.awaitText("document-status", "Pendiente");
        browser.awaitText(By.tagName("body"), rejected.number());
    }

    /** Posts a form as its non-AJAX button would: "content type|base64 of the body". */
    private static String post(String form, String button) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var form = document.getElementById(arguments[0]);"
                        + "var data = new URLSearchParams(new FormData(form));"
                        + "data.append(arguments[1], arguments[1]);"
                        + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(function (r) { return r.arrayBuffer().then(function (b) {"
                        + "  var bytes = new Uint8Array(b), s = '';"
                        + "  for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }"
                        + "  done(r.headers.get('Content-Type') + '|' + btoa(s)); }); })"
                        + ".catch(function (e) { done('ERROR ' + e); });", form, button);
    }
}
