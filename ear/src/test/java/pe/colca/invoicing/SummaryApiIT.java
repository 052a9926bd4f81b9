package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.SummaryFixtures;
import pe.colca.testing.SunatSimulator;
import pe.colca.testing.TestData;

/**
 * Daily summaries (RC) and voiding (RA, RC condition 3) end to end: the API builds the summaries, the
 * {@code sunat.status} consumer sends them to the simulator and polls their tickets (98, then 0 or 99),
 * and every document follows. The waits are bounded, not timed: the ticket is polled asynchronously.
 */
@DisplayName("Summaries and voiding: RC files and tickets, 99 flags the failed line, RA within the window, boleta void as RC 3")
class SummaryApiIT extends ClientIntegration {

    private static final Duration WAIT = Duration.ofSeconds(150);

    @RegisterExtension
    final SummaryFixtures fx = new SummaryFixtures();
    private final TestData data = fx.data();
    private final ApiClient api = fx.api();

    private JsonObject settled(long summaryId) throws InterruptedException {
        return fx.summary(summaryId, WAIT, "ACCEPTED", "REJECTED");
    }

    @Test
    @DisplayName("1,000 boletas of one day → 2 RC files of 500 (the default limit); tickets 98 then 0; all 1,000 ACCEPTED, each on one line")
    void thousandBoletasOfOneDay() throws Exception {
        int company = fx.company("SUMMARY");
        String series = fx.series('B');
        LocalDate day = SummaryFixtures.TODAY.minusDays(2);
        // as the sender leaves a day of POS sales: 1,000 pending boletas of S/ 11.80 (10.00 + IGV 1.80)
        assertEquals(1000, data.number("WITH d AS (INSERT INTO electronic_documents (id, company_id, document_type, series,"
                + " correlative_number, issue_date, currency, total_amount, total_igv, total_gravado, sunat_status)"
                + " SELECT nextval('electronic_documents_seq'), ?, '03', ?, n, ?, 'PEN', 11.80, 1.80, 10.00, 'PENDING'"
                + " FROM generate_series(1, 1000) AS n RETURNING 1) SELECT count(*) FROM d", company, series, day));
        List<JsonObject> files = fx.summarize(company, day);
        assertEquals(2, files.size(), files.toString());
        for (JsonObject file : files) {
            assertEquals(500, file.getInt("lineCount"), file.toString());
            JsonObject done = settled(file.getJsonNumber("id").longValue());
            assertEquals("ACCEPTED", done.getString("status"), done.toString());
            assertTrue(done.getInt("attempts") >= 1, "the first poll answered 98: " + done);
        }
        assertEquals(1000, data.number("SELECT count(*) FROM electronic_documents WHERE company_id = ? AND series = ?"
                + " AND sunat_status = 'ACCEPTED'", company, series));
        assertEquals(1000, data.number("SELECT count(DISTINCT l.document_id) FROM sunat_summary_lines l"
                + " JOIN sunat_summaries s ON s.id = l.summary_id WHERE s.company_id = ?", company));
        assertEquals(1000, data.number("SELECT count(*) FROM sunat_summary_lines l JOIN sunat_summaries s"
                + " ON s.id = l.summary_id WHERE s.company_id = ?", company), "every boleta on exactly one line");
        assertTrue(fx.summarize(company, day).isEmpty(), "nothing left to summarize");
    }

    @Test
    @DisplayName("5 boletas, 2 lines per file → 3 RC files; tickets answer 98 then 0; every boleta ACCEPTED once; nothing left to summarize")
    void rcFilesAndTickets() throws Exception {
        String maxLines = setting("invoicing.summary.max_lines", "2");
        try {
            int company = fx.company("SUMMARY");
            String series = fx.series('B');
            LocalDate day = SummaryFixtures.TODAY.minusDays(1);
            List<Long> boletas = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                boletas.add(fx.document(company, "03", series, n, day, "59.00", "PENDING"));
            }
            List<JsonObject> files = fx.summarize(company, day);
            assertEquals(3, files.size(), files.toString());
            Set<String> informed = new HashSet<>();
            for (JsonObject file : files) {
                assertTrue(file.getString("identifier").startsWith("RC-" + SummaryFixtures.TODAY.toString().replace("-", "") + "-"));
                assertEquals(day.toString(), file.getString("referenceDate"));
                JsonObject done = settled(file.getJsonNumber("id").longValue());
                assertEquals("ACCEPTED", done.getString("status"), done.toString());
                assertEquals("0", done.getString("statusCode"));
                assertTrue(done.getInt("attempts") >= 1, "the first poll answered 98: " + done);
                for (JsonValue l : done.getJsonArray("lines")) {
                    JsonObject line = l.asJsonObject();
                    assertEquals(1, line.getInt("conditionCode"));
                    assertEquals("ACCEPTED", line.getString("status"));
                    assertTrue(informed.add(line.getString("documentNumber")), "twice: " + line);
                }
                Reply xml = api.get("/api/v1/invoicing/summaries/" + file.getJsonNumber("id") + "/xml", fx.admin());
                assertEquals(200, xml.status());
                assertTrue(xml.body().contains("<cbc:ID>" + file.getString("identifier") + "</cbc:ID>"));
                assertTrue(xml.body().contains("SummaryDocuments-1"));
                assertEquals(200, api.get("/api/v1/invoicing/summaries/" + file.getJsonNumber("id") + "/cdr", fx.admin()).status());
            }
            assertEquals(5, informed.size());
            for (long id : boletas) {
                assertEquals("ACCEPTED", fx.status(id));
            }
            assertEquals(5, data.number("SELECT count(*) FROM electronic_document_events e JOIN electronic_documents d"
                    + " ON d.id = e.document_id WHERE d.company_id = ? AND e.status = 'ACCEPTED'", company));
            assertTrue(fx.summarize(company, day).isEmpty(), "a document is never informed twice");
        } finally {
            setting("invoicing.summary.max_lines", maxLines);
        }
    }

    @Test
    @DisplayName("ticket 99 naming a line: that boleta waits for a person, the others go in the next RC, which is accepted")
    void rejectedTicketFlagsTheFailedLine() throws Exception {
        int company = fx.company("SUMMARY");
        String series = fx.series('B');
        LocalDate day = SummaryFixtures.TODAY.minusDays(1);
        long first = fx.document(company, "03", series, 1, day, "20.00", "PENDING");
        long second = fx.document(company, "03", series, 2, day, "30.00", "PENDING");
        long failed = fx.document(company, "03", series, 3, day, "40.00", "PENDING");
        SunatSimulator.faults("{\"statusErrorCount\":1,\"statusErrorCode\":\"2282\"}");
        List<JsonObject> files = fx.summarize(company, day);
        assertEquals(1, files.size());
        JsonObject done = settled(files.get(0).getJsonNumber("id").longValue());
        assertEquals("REJECTED", done.getString("status"), done.toString());
        assertEquals("2282", done.getString("statusCode"));
        JsonArray lines = done.getJsonArray("lines");
        assertEquals("2282", lines.getJsonObject(2).getString("responseCode"));
        assertTrue(lines.getJsonObject(0).isNull("responseCode"), lines.toString());
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE id = ? AND needs_attention"
                + " AND sunat_status = 'PENDING' AND last_error LIKE '%2282%'", failed));
        assertEquals(0, data.number("SELECT count(*) FROM electronic_documents WHERE id IN (?, ?) AND needs_attention",
                first, second));
        assertEquals("PENDING", fx.status(first));

        List<JsonObject> again = fx.summarize(company, day);
        assertEquals(1, again.size());
        assertEquals(2, again.get(0).getInt("lineCount"), "the flagged boleta waits for a person");
        assertFalse(again.get(0).getString("identifier").equals(files.get(0).getString("identifier")));
        assertEquals("ACCEPTED", settled(again.get(0).getJsonNumber("id").longValue()).getString("status"));
        assertEquals("ACCEPTED", fx.status(first));
        assertEquals("ACCEPTED", fx.status(second));
        assertEquals("PENDING", fx.status(failed));
    }

    @Test
    @DisplayName("a factura voided within 7 days reaches VOIDED by an RA; again → 422; after the window → 422 and nothing sent; short reason → 400")
    void voidFactura() throws Exception {
        int company = fx.company("BILL");
        String series = fx.series('F');
        long factura = fx.document(company, "01", series, 1, SummaryFixtures.TODAY.minusDays(2), "118.00", "ACCEPTED");
        long old = fx.document(company, "01", series, 2, SummaryFixtures.TODAY.minusDays(9), "118.00", "ACCEPTED");

        Reply shortReason = api.post("/api/v1/invoicing/voidings", fx.admin(), "{\"documentId\":" + factura + ",\"reason\":\"no\"}");
        assertEquals(400, shortReason.status(), shortReason.toString());
        assertTrue(shortReason.fieldErrors().containsKey("reason"));

        Reply voided = api.post("/api/v1/invoicing/voidings", fx.admin(),
                "{\"documentId\":" + factura + ",\"reason\":\"Error en el RUC del cliente\"}");
        assertEquals(201, voided.status(), voided.toString());
        assertTrue(voided.json().getString("summaryIdentifier").startsWith("RA-"), voided.toString());
        JsonObject done = fx.await("/api/v1/invoicing/voidings/" + voided.json().getJsonNumber("id"), WAIT,
                v -> !v.getString("status").equals("PENDING") && !v.getString("status").equals("SENT"));
        assertEquals("ACCEPTED", done.getString("status"), done.toString());
        assertFalse(done.isNull("ticket"));
        assertEquals("VOIDED", fx.status(factura));

        Reply twice = api.post("/api/v1/invoicing/voidings", fx.admin(), "{\"documentId\":" + factura + ",\"reason\":\"otra vez\"}");
        assertEquals(422, twice.status(), twice.toString());
        assertEquals("document-already-voided", twice.problemType());

        long summariesBefore = data.number("SELECT count(*) FROM sunat_summaries WHERE company_id = ?", company);
        Reply late = api.post("/api/v1/invoicing/voidings", fx.admin(), "{\"documentId\":" + old + ",\"reason\":\"Error de precio\"}");
        assertEquals(422, late.status(), late.toString());
        assertEquals("void-window-closed", late.problemType());
        assertTrue(late.json().getString("detail").contains(SummaryFixtures.TODAY.minusDays(9).toString()), late.toString());
        assertEquals(0, data.number("SELECT count(*) FROM voided_documents WHERE document_id = ?", old));
        assertEquals(summariesBefore, data.number("SELECT count(*) FROM sunat_summaries WHERE company_id = ?", company));
        assertEquals("ACCEPTED", fx.status(old));
    }

    @Test
    @DisplayName("a boleta's void goes as an RC line with condition 3, never an RA, and reaches VOIDED")
    void voidBoleta() throws Exception {
        int company = fx.company("BILL");
        long boleta = fx.document(company, "03", fx.series('B'), 1, SummaryFixtures.TODAY.minusDays(1), "35.40", "ACCEPTED");
        Reply voided = api.post("/api/v1/invoicing/voidings", fx.admin(),
                "{\"documentId\":" + boleta + ",\"reason\":\"Venta anulada por el cliente\"}");
        assertEquals(201, voided.status(), voided.toString());
        assertTrue(voided.json().getString("summaryIdentifier").startsWith("RC-"), voided.toString());
        JsonObject summary = settled(voided.json().getJsonNumber("summaryId").longValue());
        assertEquals("ACCEPTED", summary.getString("status"), summary.toString());
        assertEquals("RC", summary.getString("kind"));
        assertEquals(3, summary.getJsonArray("lines").getJsonObject(0).getInt("conditionCode"));
        assertEquals("VOIDED", fx.status(boleta));
        assertEquals("ACCEPTED", api.get("/api/v1/invoicing/voidings/" + voided.json().getJsonNumber("id"), fx.admin())
                .json().getString("status"));
        assertEquals(0, data.number("SELECT count(*) FROM sunat_summaries s JOIN sunat_summary_lines l ON l.summary_id = s.id"
                + " WHERE l.document_id = ? AND s.kind = 'RA'", boleta));
    }

    @Test
    @DisplayName("the queue only nudges: with sunat.status paused (nudges lost), the minute sweep sends the RC and polls its ticket from the database")
    void ticketSurvivesLostNudges() throws Exception {
        SunatSimulator.faults("{\"statusProcessingPolls\":0}");
        int company = fx.company("SUMMARY");
        String series = fx.series('B');
        LocalDate day = SummaryFixtures.TODAY.minusDays(2);
        long boleta = fx.document(company, "03", series, 1, day, "11.80", "PENDING");
        SummaryFixtures.queue("sunat.status", "pause");
        try {
            List<JsonObject> files = fx.summarize(company, day);
            assertEquals(1, files.size());
            JsonObject done = settled(files.get(0).getJsonNumber("id").longValue());
            assertEquals("ACCEPTED", done.getString("status"), done.toString());
            assertEquals("ACCEPTED", fx.status(boleta));
        } finally {
            SummaryFixtures.queue("sunat.status", "resume");
        }
    }

    private String setting(String key, String value) {
        Reply current = api.get("/api/v1/settings/" + key, fx.admin());
        assertEquals(200, current.status(), current.toString());
        String before = current.json().getString("value");
        Reply saved = api.put("/api/v1/settings/" + key, fx.admin(),
                jakarta.json.Json.createObjectBuilder().add("value", value).build().toString(), "If-Match", current.header("ETag"));
        assertEquals(200, saved.status(), saved.toString());
        return before;
    }
}
