package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Download;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.Companies;
import pe.colca.testing.DemoUser;
import pe.colca.testing.Pdfs;
import pe.colca.testing.PosSteps;
import pe.colca.testing.SunatSimulator;
import pe.colca.testing.TestData;

/**
 * Issue 13 end to end in a real browser: a cashier sells at the POS of a store whose company can send
 * (certificate, SOL login, the simulator as endpoint), the boleta goes through {@code sunat.outbound},
 * the sender and the SUNAT simulator and reaches "Aceptado" on the document's page; the POS offers the
 * 80 mm ticket, and the printed copy's QR names the document and its hash.
 */
class PosDocumentConsoleIT extends ClientIntegration {

    private static final Duration DEADLINE = Duration.ofSeconds(180);
    private static final String COMPANIES = "/api/v1/invoicing/companies/";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();
    private final ApiClient api = new ApiClient();
    private final PosSteps pos = new PosSteps(browser, data);

    @Test
    @DisplayName("a POS sale's boleta reaches Aceptado through the sender and the simulator; ticket offered, PDF with its QR")
    void posBoletaAccepted() throws Exception {
        PosSteps.Till till = pos.till("25.00");
        long company = data.number("SELECT company_id FROM document_sequences WHERE location_id = ? AND document_type = '03'",
                till.store().id());
        String admin = api.token(DemoUser.ADMIN.email());
        String ruc = sending(admin, company, till.store().id());

        pos.open(till);
        pos.scan(till.product(0));
        pos.openPayment();
        browser.type("pay-form:pay-tendered", "30");
        pos.keys(Keys.ENTER.toString());
        browser.awaitText(By.id("pos-receipt"), "S/ 5.00");
        long order = pos.order(till);
        long document = data.number("SELECT id FROM electronic_documents WHERE order_id = ? AND document_type = '03'", order);

        await(document);
        browser.visible("pos-form:pos-ticket"); // the POS polls until the boleta is signed, then offers its 80 mm ticket
        browser.screenshot("pos-boleta-ticket");

        browser.openAs(DemoUser.ADMIN, "/backoffice/invoicing/document.xhtml?id=" + document + "&lang=es");
        browser.awaitText("document-status", "Aceptado");
        browser.screenshot("pos-boleta-accepted");

        Download pdf = api.download("/api/v1/invoicing/documents/" + document + "/pdf", admin, "application/pdf");
        assertEquals(200, pdf.status());
        String series = data.string("SELECT series FROM electronic_documents WHERE id = ?", document);
        String number = data.string("SELECT correlative_number::text FROM electronic_documents WHERE id = ?", document);
        String hash = data.string("SELECT hash_cpe FROM electronic_documents WHERE id = ?", document);
        String qr = Pdfs.qr(pdf.body());
        assertTrue(qr.startsWith(ruc + "|03|" + series + "|" + number + "|") && qr.contains("|25.00|") && qr.endsWith(hash + "|"),
                qr);
    }

    /** Makes the till's company able to send: the simulator as endpoint, SOL login, certificate, establishment. */
    private String sending(String token, long company, int store) {
        String path = COMPANIES + company;
        Reply current = api.get(path, token);
        assertEquals(200, current.status(), current.toString());
        var body = current.json();
        Reply updated = api.put(path, token, Json.createObjectBuilder().add("ruc", body.getString("ruc"))
                .add("legalName", body.getString("legalName")).add("address", "Av. Larco 101, Miraflores")
                .add("ubigeo", "150122").add("endpoint", "SIMULATOR")
                .add("simulatorUrl", SunatSimulator.billService().toString()).build().toString(),
                "If-Match", current.header("ETag"));
        assertEquals(200, updated.status(), updated.toString());
        Reply sol = api.put(path + "/sol-credentials", token, "{\"solUser\":\"MODDATOS\",\"solPassword\":\"moddatos\"}",
                "If-Match", updated.header("ETag"));
        assertEquals(200, sol.status(), sol.toString());
        Reply certificate = api.put(path + "/certificate", token, Json.createObjectBuilder().add("fileName", "cert.p12")
                .add("pkcs12", Base64.getEncoder().encodeToString(Companies.p12("test-signer.p12")))
                .add("password", Companies.P12_PASSWORD).build().toString(), "If-Match", sol.header("ETag"));
        assertEquals(200, certificate.status(), certificate.toString());
        Reply establishment = api.put(path + "/establishments/" + store, token, "{\"code\":\"0001\"}");
        assertTrue(establishment.status() == 200 || establishment.status() == 201, establishment.toString());
        return body.getString("ruc");
    }

    private void await(long document) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        String status;
        while (!"ACCEPTED".equals(status = data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?",
                document))) {
            if (Instant.now().isAfter(deadline)) {
                fail("the boleta is " + status + " after " + DEADLINE + ": " + data.string("SELECT coalesce(last_error, '')"
                        + " || ' ' || coalesce(sunat_message, '') FROM electronic_documents WHERE id = ?", document));
            }
            Thread.sleep(300);
        }
    }
}
