package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestServer;

/**
 * The catalog import screen in a real browser, as the demo manager (catalog.import): the template
 * download, a CSV with good and bad rows uploaded and imported, the progress bar reaching the end,
 * the summary with exact counts (created, updated, failed), the error report's content, the import
 * in the recent list; and a failed import (the restart drill, started through the API) resumed
 * from the list until it completes.
 */
class CatalogImportConsoleIT extends ClientIntegration {

    private static final DemoUser USER = DemoUser.MANAGER;
    private static final String IMPORT = "/backoffice/catalog/import.xhtml";
    private static final String RECENT_BODY = "recent-form:imports-table_data";
    private static final String HEADER = "sku,barcode,product_slug,product_name,brand,category,size,color,"
            + "base_price,price_override,cost_price,tax_code,status";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final ApiClient api = new ApiClient();

    @Test
    @DisplayName("upload good and bad rows, watch the progress reach the end, exact summary and error report")
    void importWithProgressSummaryAndErrorReport() throws Exception {
        String tag = tag();
        String lower = tag.toLowerCase(Locale.ROOT);
        String token = api.token("admin@colca.test");
        Reply existing = api.post("/api/v1/products", token, Json.createObjectBuilder()
                .add("name", "Existente " + tag).add("basePrice", new BigDecimal("19.90")).add("status", "ACTIVE")
                .add("variants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "EXI-" + tag)
                        .add("color", "Azul"))).build().toString());
        assertEquals(201, existing.status(), existing.toString());
        String file = HEADER + "\n"
                + "NEW-" + tag + "-1,,camisa-" + lower + ",Camisa " + tag + ",,,M,Azul,49.90,,20.00,10,ACTIVE\n" // 2 created
                + "NEW-" + tag + "-2,,camisa-" + lower + ",Camisa " + tag + ",,,L,Azul,49.90,,,,\n"         // 3 created
                + "EXI-" + tag + ",,,,,,,Rojo,,,,,\n"                                                   // 4 updated
                + "NEW-" + tag + "-3,,,Mala " + tag + ",,,,,0.00,,,,\n"                                 // 5 base_price
                + "NEW-" + tag + "-4,,,,,,,,10.00,,,,\n"                                                // 6 product_name
                + "NEW-" + tag + "-5,,,Mala " + tag + ",,,,,10.00,,,99,\n";                             // 7 tax_code
        Path csv = Files.createTempFile("colca-import-", ".csv");
        Files.writeString(csv, file, StandardCharsets.UTF_8);
        String fileName = csv.getFileName().toString();

        browser.open(IMPORT);
        browser.login(USER);
        assertEquals(IMPORT, browser.currentPath());

        // the template: the documented header and example rows
        String template = post("upload-form", "upload-form:template");
        assertTrue(template.startsWith("text/csv"), template);
        List<String> templateLines = template.substring(template.indexOf('|') + 1).lines().toList();
        assertEquals(HEADER + ",justification", templateLines.get(0).replace("\uFEFF", ""), template);
        assertEquals(3, templateLines.size(), "the header and two example rows: " + template);

        // upload, start, and watch: the bar reaches 100 % and the rows counter the file's 6 rows
        browser.driver().findElement(By.cssSelector("[id='upload-form:csv-upload'] input[type=file]"))
                .sendKeys(csv.toAbsolutePath().toString());
        browser.awaitText("upload-form:ready-file", fileName);
        browser.click("upload-form:start");
        browser.visible("progress-form:import-progress");
        browser.awaitText("progress-form:current-file", fileName);
        browser.visible("progress-form:summary-created");
        assertEquals("100%", browser.visible(By.cssSelector("[id='progress-form:import-progress'] .ui-progressbar-label"))
                .getText().strip());
        assertEquals("6 de 6 filas procesadas", browser.visible("progress-form:import-rows").getText());
        assertEquals("Completada", browser.visible("progress-form:current-status").getText());
        assertEquals("2", browser.visible("progress-form:summary-created").getText());
        assertEquals("1", browser.visible("progress-form:summary-updated").getText());
        assertEquals("3", browser.visible("progress-form:summary-failed").getText());
        browser.screenshot("import-summary");

        // the error report: row, column and reason of each rejected row
        String report = post("progress-form", "progress-form:error-report");
        String[] parts = report.split("\\|", 2);
        assertTrue(parts[0].startsWith("text/csv"), report);
        List<String> lines = parts[1].lines().toList();
        assertEquals(List.of("row_number,column,reason", "5,base_price,must be greater than zero",
                "6,product_name,required for a new product",
                "7,tax_code,unknown SUNAT catalog 07 code '99'"), lines);

        // the list of recent imports shows it, completed; the database agrees with the summary
        WebElement row = browser.visible(By.xpath("//tbody[@id='" + RECENT_BODY + "']/tr[contains(., '" + fileName
                + "')]"));
        assertTrue(row.getText().contains("Completada") && row.getText().contains("6 / 6"), row.getText());
        assertEquals(3, number("SELECT count(*) FROM product_variants WHERE sku LIKE ? OR sku = ?",
                "NEW-" + tag + "-%", "EXI-" + tag));
        assertEquals("Rojo", text("SELECT color FROM product_variants WHERE sku = ?", "EXI-" + tag));
    }

    @Test
    @DisplayName("a failed import is resumed from the list and completes without duplicating rows")
    void restartFailedImportFromTheList() throws Exception {
        String tag = tag();
        StringBuilder file = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 5; i++) {
            file.append("RSC-").append(tag).append('-').append(i).append(",,,Reanudar ").append(tag).append(' ')
                    .append(i).append(",,,,,").append(10 + i).append(".00,,,,\n");
        }
        // the restart drill: chunks of 2 rows, the first run fails after writing the chunk holding row 3
        String token = api.token("admin@colca.test");
        Reply started = api.send("POST", "/api/v1/catalog/imports?fileName=reanudar-" + tag + ".csv&chunkSize=2"
                + "&failAfterRow=3", token, "text/csv; charset=UTF-8", file.toString());
        assertEquals(202, started.status(), started.toString());
        long id = started.json().getJsonNumber("id").longValue();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!"FAILED".equals(api.get("/api/v1/catalog/imports/" + id, token).json().getString("status"))) {
            assertTrue(System.currentTimeMillis() < deadline, "the drill fails the first run");
            Thread.sleep(200);
        }

        browser.open(IMPORT);
        browser.login(USER);
        browser.visible(RECENT_BODY);
        By rowBy = By.xpath("//tbody[@id='" + RECENT_BODY + "']/tr[contains(., 'reanudar-" + tag + ".csv')]");
        WebElement row = browser.visible(rowBy);
        assertTrue(row.getText().contains("Fallida") && row.getText().contains("2 / 5"), row.getText());
        row.findElement(By.xpath(".//button[contains(@id, ':restart')]")).click();
        browser.visible("restart-dialog");
        browser.awaitText("restart-form:restart-question", "reanudar-" + tag + ".csv");
        browser.click("restart-form:restart-confirm");
        browser.invisible("restart-dialog");
        browser.visible("progress-form:summary-created");
        assertEquals("Completada", browser.visible("progress-form:current-status").getText());
        assertEquals("5 de 5 filas procesadas", browser.visible("progress-form:import-rows").getText());
        assertEquals("5", browser.visible("progress-form:summary-created").getText());
        assertEquals("0", browser.visible("progress-form:summary-failed").getText());
        browser.await(d -> d.findElement(rowBy).getText().contains("Completada"));
        assertEquals(5, number("SELECT count(*) FROM product_variants WHERE sku LIKE ?", "RSC-" + tag + "-%", null));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Posts a form as its non-AJAX button would, returning "content type|body" of the download. */
    private static String post(String form, String button) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var form = document.getElementById(arguments[0]);"
                        + "var data = new URLSearchParams(new FormData(form));"
                        + "data.append(arguments[1], arguments[1]);"
                        + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(function (r) { return r.text().then(function (t) {"
                        + "  done(r.headers.get('Content-Type') + '|' + t); }); })"
                        + ".catch(function (e) { done('ERROR ' + e); });", form, button);
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static long number(String sql, String a, String b) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            if (b != null) {
                ps.setString(2, b);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String text(String sql, String param) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
