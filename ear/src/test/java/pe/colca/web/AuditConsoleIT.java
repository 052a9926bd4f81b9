package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import pe.colca.testing.ApiClient;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * Seguridad → Auditoría in a real browser: the rows of one user's receipts found by the user and
 * action filters, the side-by-side view, the CSV export of the filtered rows (a name that starts
 * with "=" comes out neutralised), and the chain verification button.
 */
@DisplayName("Audit console: filters, side by side, CSV export, verification")
class AuditConsoleIT extends ClientIntegration {

    private static final String BODY = "audit-form:audit-table_data";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final TestData data = TestData.client();
    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("filter by user and action, open a row, export the filtered rows as CSV, verify the chain")
    void filterShowExportVerify() throws Exception {
        String suffix = TestData.suffix();
        NewUser clerk = data.user().fullName("=Cajero " + suffix).permissions("inventory.receive").create();
        NewUser auditor = data.user().permissions("audit.view").create();
        int location = data.location().create().id();
        long variant = data.product().create().variant(0).id();
        String token = api.token(clerk);
        for (int quantity : new int[] {12, 5}) {
            assertEquals(201, api.post("/api/v1/inventory/receipts", token, Json.createObjectBuilder()
                    .add("variantId", variant).add("locationId", location).add("quantity", quantity)
                    .add("referenceDoc", "GR-" + suffix).build().toString()).status());
        }

        browser.openAs(auditor, "/backoffice/security/audit.xhtml");
        browser.visible(BODY);
        browser.type("audit-form:user-filter", clerk.email());
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='" + BODY + "']/tr[contains(., 'PURCHASE_RECEIPT')]"))
                .size() == 2);
        browser.selectOneMenu("audit-form:action-filter", "PURCHASE_RECEIPT");
        browser.await(d -> d.findElements(By.xpath("//tbody[@id='" + BODY + "']/tr")).size() == 2);
        String first = browser.driver().findElement(By.xpath("//tbody[@id='" + BODY + "']/tr[1]")).getText();
        assertTrue(first.contains("=Cajero " + suffix) && first.contains("quantity: 5"), first);

        // the side-by-side view of the newest row
        browser.click(By.xpath("//tbody[@id='" + BODY + "']/tr[1]//button[contains(@id, ':show')]"));
        browser.visible("audit-dialog");
        String detail = browser.awaitText("audit-detail-form", "referenceDoc");
        assertTrue(detail.contains("GR-" + suffix) && detail.contains("quantityOnHand"), detail);
        browser.screenshot("audit-detail");
        browser.driver().findElement(By.cssSelector("#audit-dialog .ui-dialog-titlebar-close")).click();
        browser.invisible("audit-dialog");

        // CSV of the filtered rows: header + 2 lines, the "=" name neutralised
        String csv = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var form = document.getElementById('audit-form');"
                        + "var data = new URLSearchParams(new FormData(form));"
                        + "data.append('audit-form:export-csv', 'audit-form:export-csv');"
                        + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(function (r) { return r.text().then(function (t) {"
                        + "  done(r.headers.get('Content-Type') + '|' + t); }); })"
                        + ".catch(function (e) { done('ERROR ' + e); });");
        String[] parts = csv.split("\\|", 2);
        assertTrue(parts[0].startsWith("text/csv"), csv);
        String[] lines = parts[1].replace("\uFEFF", "").split("\\r?\\n");
        assertEquals(3, lines.length, parts[1]);
        assertTrue(lines[0].startsWith("ID,Fecha y hora (Lima),Usuario,Correo,Acción"), lines[0]);
        assertTrue(lines[1].contains(",'=Cajero " + suffix + "," + clerk.email() + ",PURCHASE_RECEIPT,inventory_movements,"),
                lines[1]);
        assertTrue(lines[2].contains("quantity: 12"), lines[2]);

        // the chain verification
        browser.click("audit-form:verify");
        String result = browser.awaitText("audit-form:verify-result", "Cadena íntegra");
        assertTrue(result.contains("registros verificados"), result);
        browser.screenshot("audit-verified");
    }
}
