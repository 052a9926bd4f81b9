package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
 * Tickets that do not end well and what a person does next: a ticket SUNAT does not know (0127) or that
 * stays in process past {@code invoicing.ticket.max_age_hours} is not polled forever (the summary ends
 * EXPIRED, its boletas go in the next summary, its voiding can be requested again); a rejected voiding is
 * requested again by a new RA id while the window lasts, every attempt listed; the RA's XML and CDR are
 * downloadable. The waits are bounded: the ticket is polled asynchronously (nudge and minute sweep).
 */
@DisplayName("Summary tickets: 0127 and max age expire the summary and free its documents; a rejected void is requested again")
class SummaryTicketsApiIT extends ClientIntegration {

    private static final Duration WAIT = Duration.ofSeconds(180);

    @RegisterExtension
    final SummaryFixtures fx = new SummaryFixtures();
    private final TestData data = fx.data();
    private final ApiClient api = fx.api();

    private JsonObject finished(long summaryId) throws InterruptedException {
        return fx.summary(summaryId, WAIT, "ACCEPTED", "REJECTED", "EXPIRED");
    }

    private JsonObject voidingDone(long voidingId) throws InterruptedException {
        return fx.await("/api/v1/invoicing/voidings/" + voidingId, WAIT,
                v -> v.getString("status").equals("ACCEPTED") || v.getString("status").equals("REJECTED"));
    }

    @Test
    @DisplayName("getStatus 0127: the RC ends EXPIRED (not polled again), its boletas PENDING and not flagged, the next RC accepts them")
    void unknownTicketFreesTheBoletas() throws Exception {
        int company = fx.company("SUMMARY");
        String series = fx.series('B');
        LocalDate day = SummaryFixtures.TODAY.minusDays(1);
        long first = fx.document(company, "03", series, 1, day, "23.60", "PENDING");
        long second = fx.document(company, "03", series, 2, day, "47.20", "PENDING");
        SunatSimulator.faults("{\"statusUnknownCount\":1,\"statusProcessingPolls\":0}");
        List<JsonObject> files = fx.summarize(company, day);
        assertEquals(1, files.size());
        long lost = files.get(0).getJsonNumber("id").longValue();
        JsonObject expired = finished(lost);
        assertEquals("EXPIRED", expired.getString("status"), expired.toString());
        assertEquals("0127", expired.getString("statusCode"));
        assertTrue(expired.isNull("nextPollAt") || !expired.containsKey("nextPollAt"), expired.toString());
        for (JsonValue l : expired.getJsonArray("lines")) {
            assertEquals("REJECTED", l.asJsonObject().getString("status"), l.toString());
        }
        assertEquals("PENDING", fx.status(first));
        assertEquals("PENDING", fx.status(second));
        assertEquals(0, data.number("SELECT count(*) FROM electronic_documents WHERE id IN (?, ?) AND needs_attention",
                first, second));
        assertEquals(1, data.number("SELECT count(*) FROM sunat_summaries WHERE id = ? AND status = 'EXPIRED'"
                + " AND next_poll_at IS NULL", lost));
        Reply listed = api.get("/api/v1/invoicing/summaries?status=EXPIRED&companyId=" + company, fx.admin());
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(1, listed.json().getJsonArray("items").size(), listed.toString());
        assertEquals(List.of(lost), attention(company), "lost ticket, boletas not accepted yet: a person follows it");
        assertEquals(400, api.get("/api/v1/invoicing/summaries?needsAttention=maybe", fx.admin()).status());

        List<JsonObject> again = fx.summarize(company, day);
        assertEquals(1, again.size());
        assertEquals(2, again.get(0).getInt("lineCount"));
        assertNotEquals(files.get(0).getString("identifier"), again.get(0).getString("identifier"));
        assertEquals("ACCEPTED", finished(again.get(0).getJsonNumber("id").longValue()).getString("status"));
        assertEquals("ACCEPTED", fx.status(first));
        assertEquals("ACCEPTED", fx.status(second));
        assertEquals("EXPIRED", api.get("/api/v1/invoicing/summaries/" + lost, fx.admin()).json().getString("status"),
                "a lost ticket is not polled again");
        assertEquals(List.of(), attention(company), "its boletas accepted by the next RC: nothing left to follow");
    }

    /** The statuses of the voiding's open VOID deadlines (Facturación → Plazos, every urgency). */
    private List<String> voidDeadlines(int company, long voiding) {
        Reply r = api.get("/api/v1/invoicing/deadlines?show=ALL&kind=VOID&companyId=" + company, fx.admin());
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> !i.isNull("voidingId") && i.getJsonNumber("voidingId").longValue() == voiding)
                .map(i -> i.getString("status")).toList();
    }

    /** The ids of the company's summaries that need attention (the console's Atención list). */
    private List<Long> attention(int company) {
        Reply r = api.get("/api/v1/invoicing/summaries?needsAttention=true&companyId=" + company, fx.admin());
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    @DisplayName("a ticket in process (98) past invoicing.ticket.max_age_hours ends EXPIRED and its boleta goes back to PENDING")
    void ticketPastMaxAgeExpires() throws Exception {
        int company = fx.company("SUMMARY");
        LocalDate day = SummaryFixtures.TODAY.minusDays(1);
        long boleta = fx.document(company, "03", fx.series('B'), 1, day, "11.80", "PENDING");
        SunatSimulator.faults("{\"statusHold\":true}");
        long id = fx.summarize(company, day).get(0).getJsonNumber("id").longValue();
        fx.await("/api/v1/invoicing/summaries/" + id, WAIT, s -> s.getString("status").equals("SENT") && s.getInt("attempts") >= 1);
        long hours = data.number("SELECT value::bigint FROM system_settings WHERE setting_key = 'invoicing.ticket.max_age_hours'");
        // the ticket was sent longer ago than the maximum age (as after a day of 98s), and is due now
        data.number("WITH s AS (UPDATE sunat_summaries SET sent_at = sent_at - make_interval(hours => ?::int + 1),"
                + " next_poll_at = now() WHERE id = ? RETURNING 1) SELECT count(*) FROM s", hours, id);
        JsonObject expired = finished(id);
        assertEquals("EXPIRED", expired.getString("status"), expired.toString());
        assertEquals("98", expired.getString("statusCode"));
        assertTrue(expired.getString("message").contains("invoicing.ticket.max_age_hours"), expired.toString());
        assertEquals("PENDING", fx.status(boleta));
    }

    @Test
    @DisplayName("an RA rejected (99) does not block a new one: requested again with a new RA id, accepted, VOIDED; both attempts listed; XML and CDR downloadable")
    void rejectedVoidIsRequestedAgain() throws Exception {
        int company = fx.company("BILL");
        long factura = fx.document(company, "01", fx.series('F'), 1, SummaryFixtures.TODAY.minusDays(1), "118.00", "ACCEPTED");
        SunatSimulator.faults("{\"statusErrorCount\":1,\"statusErrorCode\":\"2398\"}");
        Reply first = api.post("/api/v1/invoicing/voidings", fx.admin(),
                "{\"documentId\":" + factura + ",\"reason\":\"Error en el RUC del cliente\"}");
        assertEquals(201, first.status(), first.toString());
        long voiding = first.json().getJsonNumber("id").longValue();
        String firstRa = first.json().getString("summaryIdentifier");
        JsonObject rejected = voidingDone(voiding);
        assertEquals("REJECTED", rejected.getString("status"), rejected.toString());
        assertEquals("ACCEPTED", fx.status(factura));
        assertEquals(List.of("REJECTED"), voidDeadlines(company, voiding), "a rejected voiding is still owed to SUNAT");

        Reply again = api.post("/api/v1/invoicing/voidings", fx.admin(),
                "{\"documentId\":" + factura + ",\"reason\":\"Error en el RUC del cliente, segundo intento\"}");
        assertEquals(201, again.status(), again.toString());
        assertEquals(voiding, again.json().getJsonNumber("id").longValue(), "one voiding per document (the model)");
        String secondRa = again.json().getString("summaryIdentifier");
        assertTrue(secondRa.startsWith("RA-"), again.toString());
        assertNotEquals(firstRa, secondRa, "an RA id is never reused (2324)");
        Reply underWay = api.post("/api/v1/invoicing/voidings", fx.admin(), "{\"documentId\":" + factura + ",\"reason\":\"tercera\"}");
        assertEquals(422, underWay.status(), underWay.toString());
        assertEquals("document-already-voided", underWay.problemType());

        JsonObject accepted = voidingDone(voiding);
        assertEquals("ACCEPTED", accepted.getString("status"), accepted.toString());
        assertEquals("VOIDED", fx.status(factura));
        assertEquals(0, data.number("SELECT count(*) FROM electronic_documents WHERE id = ? AND needs_attention", factura));
        assertEquals(List.of(), voidDeadlines(company, voiding), "voided: no deadline left");

        Reply attempts = api.get("/api/v1/invoicing/voidings/" + voiding + "/attempts", fx.admin());
        assertEquals(200, attempts.status(), attempts.toString());
        JsonArray list = Json.createReader(new StringReader(attempts.body())).readArray();
        assertEquals(2, list.size(), list.toString());
        assertEquals(firstRa, list.getJsonObject(0).getString("summaryIdentifier"));
        assertEquals("REJECTED", list.getJsonObject(0).getString("status"));
        assertEquals("2398", list.getJsonObject(0).getString("lineCode"));
        assertEquals(secondRa, list.getJsonObject(1).getString("summaryIdentifier"));
        assertEquals("ACCEPTED", list.getJsonObject(1).getString("status"));
        assertEquals(2, data.number("SELECT count(*) FROM electronic_document_events WHERE document_id = ?"
                + " AND message LIKE 'Baja solicitada%'", factura));

        for (int i = 0; i < 2; i++) {
            long summaryId = list.getJsonObject(i).getJsonNumber("summaryId").longValue();
            Reply xml = api.get("/api/v1/invoicing/summaries/" + summaryId + "/xml", fx.admin());
            assertEquals(200, xml.status(), xml.toString());
            assertTrue(xml.body().contains("VoidedDocuments-1") && xml.body().contains(list.getJsonObject(i)
                    .getString("summaryIdentifier")), xml.body());
            Reply cdr = api.get("/api/v1/invoicing/summaries/" + summaryId + "/cdr", fx.admin());
            assertEquals(200, cdr.status(), cdr.toString());
        }
    }

    @Test
    @DisplayName("a boleta's void (RC condition 3) whose ticket SUNAT does not know: the voiding is REJECTED, then requested again and accepted")
    void lostVoidTicketIsRequestedAgain() throws Exception {
        int company = fx.company("BILL");
        long boleta = fx.document(company, "03", fx.series('B'), 1, SummaryFixtures.TODAY.minusDays(1), "35.40", "ACCEPTED");
        SunatSimulator.faults("{\"statusUnknownCount\":1,\"statusProcessingPolls\":0}");
        Reply first = api.post("/api/v1/invoicing/voidings", fx.admin(),
                "{\"documentId\":" + boleta + ",\"reason\":\"Venta anulada por el cliente\"}");
        assertEquals(201, first.status(), first.toString());
        long voiding = first.json().getJsonNumber("id").longValue();
        JsonObject lost = voidingDone(voiding);
        assertEquals("REJECTED", lost.getString("status"), lost.toString());
        assertTrue(lost.getString("message").contains("0127"), lost.toString());
        assertEquals("EXPIRED", api.get("/api/v1/invoicing/summaries/" + first.json().getJsonNumber("summaryId"), fx.admin())
                .json().getString("status"));
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE id = ? AND needs_attention", boleta),
                "waits in Atención");

        Reply again = api.post("/api/v1/invoicing/voidings", fx.admin(),
                "{\"documentId\":" + boleta + ",\"reason\":\"Venta anulada por el cliente\"}");
        assertEquals(201, again.status(), again.toString());
        assertTrue(again.json().getString("summaryIdentifier").startsWith("RC-"), again.toString());
        assertEquals("ACCEPTED", voidingDone(voiding).getString("status"));
        assertEquals("VOIDED", fx.status(boleta));
        assertEquals(0, data.number("SELECT count(*) FROM electronic_documents"
                + " WHERE id = ? AND needs_attention", boleta));
    }
}
