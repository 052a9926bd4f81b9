package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.invoicing.internal.gateway.DocumentFiles;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Download;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DocumentFixtures;
import pe.colca.testing.DocumentFixtures.Doc;
import pe.colca.testing.DocumentFixtures.Issuer;
import pe.colca.testing.Pdfs;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewUser;

/**
 * {@code /api/v1/invoicing/documents} end to end: the list and its filters, the detail with its
 * timeline, the downloads (the signed XML as stored, the CDR, the printed copy whose text carries the
 * legal fields and whose QR decodes to SUNAT's text), Reenviar and Re-emitir with their refusals, the
 * order's document with Idempotency-Key, and store scope. The documents are left by
 * {@link DocumentFixtures} as the sender would leave them.
 */
@DisplayName("Documents API: list, detail, downloads, resend, re-issue, order's document, scope")
class DocumentApiIT extends ClientIntegration {

    private static final String PATH = "/api/v1/invoicing/documents";
    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();
    private final DocumentFixtures documents = new DocumentFixtures(data);

    private NewLocation store;
    private Issuer issuer;
    private Doc accepted;
    private Doc rejected;
    private Doc failing;
    private Doc pending;
    private String token;

    @BeforeEach
    void fixtures() throws Exception {
        store = data.location().create();
        issuer = documents.issuer(store.id(), 4);
        accepted = documents.document(issuer, 1, SunatStatus.ACCEPTED, false, "La Boleta numero " + issuer.series()
                + "-1, ha sido aceptada", true);
        rejected = documents.document(issuer, 2, SunatStatus.REJECTED, true,
                "2017 - El numero de documento de identidad del receptor debe ser RUC", true);
        failing = documents.document(issuer, 3, SunatStatus.ERROR, true, null, false);
        pending = documents.document(issuer, 4, SunatStatus.PENDING, false, null, true);
        token = api.token("admin@colca.test");
    }

    private List<String> numbers(String query) {
        Reply r = api.get(PATH + "?series=" + issuer.series() + "&sort=number&order=asc" + query, token);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("number")).toList();
    }

    @Test
    @DisplayName("the list filters by series, status, type, dates, customer text and the attention queue")
    void listAndFilters() {
        String s = issuer.series();
        assertEquals(List.of(s + "-1", s + "-2", s + "-3", s + "-4"), numbers(""));
        assertEquals(List.of(s + "-2"), numbers("&status=REJECTED"));
        assertEquals(List.of(s + "-2", s + "-3"), numbers("&needsAttention=true"));
        assertEquals(List.of(s + "-1", s + "-4"), numbers("&needsAttention=false&q=quispe"));
        assertEquals(List.of(s + "-3"), numbers("&q=" + s + "-3"));
        assertEquals(4, numbers("&q=45678912&type=03&from=2026-12-03&to=2026-12-03").size());
        assertEquals(List.of(), numbers("&type=FACTURA"));
        assertEquals(List.of(), numbers("&from=2026-12-04"));

        Reply all = api.get(PATH + "?series=" + s + "&limit=2", token);
        assertEquals(4, all.json().getInt("total"));
        assertEquals(2, all.json().getJsonArray("items").size());
        assertTrue(all.links().containsKey("next"), all.toString());

        Reply bad = api.get(PATH + "?status=NOPE&from=ayer&type=99&series=B-01", token);
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.isProblem());
        assertEquals(Set.of("status", "from", "type", "series"), bad.fieldErrors().keySet(), bad.toString());
    }

    @Test
    @DisplayName("the detail has the timeline; XML and CDR download as stored; a file not there yet is 404")
    void detailAndFiles() throws Exception {
        Reply detail = api.get(PATH + "/" + rejected.id(), token);
        assertEquals(200, detail.status(), detail.toString());
        JsonObject d = detail.json();
        assertEquals(rejected.number(), d.getString("number"));
        assertEquals("REJECTED", d.getString("status"));
        assertTrue(d.getBoolean("needsAttention"));
        assertEquals("ANA QUISPE MAMANI", d.getString("customerName"));
        assertEquals(store.id(), d.getInt("locationId"));
        JsonArray events = d.getJsonArray("events");
        assertEquals(List.of("PENDING", "REJECTED"), events.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("status")).toList());
        assertEquals("2017", events.getJsonObject(1).getString("code"));

        Download xml = api.download(PATH + "/" + accepted.id() + "/xml", token, "application/xml");
        assertEquals(200, xml.status());
        assertTrue(xml.contentType().startsWith("application/xml"), xml.contentType());
        assertArrayEquals(DocumentFiles.read(accepted.baseName(), DocumentFiles.Kind.XML).orElseThrow(), xml.body());
        Download cdr = api.download(PATH + "/" + accepted.id() + "/cdr", token, "application/zip");
        assertEquals(200, cdr.status());
        assertEquals("application/zip", cdr.contentType());

        Reply noCdr = api.get(PATH + "/" + pending.id() + "/cdr", token);
        assertEquals(404, noCdr.status(), noCdr.toString());
        assertEquals("document-file-missing", noCdr.problemType());
        Reply notSigned = api.get(PATH + "/" + failing.id() + "/pdf", token);
        assertEquals(404, notSigned.status(), notSigned.toString());
        assertEquals("document-file-missing", notSigned.problemType());
        assertEquals(404, api.get(PATH + "/999999999", token).status());
    }

    @Test
    @DisplayName("the printed copy (A4 and ticket) has the legal content and a QR with SUNAT's text; kept once answered")
    void printedCopy() throws Exception {
        Download a4 = api.download(PATH + "/" + accepted.id() + "/pdf", token, "application/pdf");
        assertEquals(200, a4.status());
        assertEquals("application/pdf", a4.contentType());
        String text = Pdfs.text(a4.body()).replaceAll("\\s+", " ");
        for (String expected : new String[] {issuer.ruc(), "BOLETA DE VENTA ELECTRÓNICA", accepted.number(),
                "ANA QUISPE MAMANI", "45678912", "POLO ALGODÓN PIMA TALLA M", "Op. gravada", "S/ 100.00", "IGV",
                "S/ 18.00", "S/ 118.00", "SON CIENTO DIECIOCHO CON 00/100 SOLES", "Resumen: " + accepted.hash(),
                "Representación impresa de la Boleta de Venta Electrónica"}) {
            assertTrue(text.contains(expected), () -> "the PDF lacks «" + expected + "»:\n" + text);
        }
        String qr = issuer.ruc() + "|03|" + issuer.series() + "|1|18.00|118.00|2026-12-03|1|45678912|" + accepted.hash() + "|";
        assertEquals(qr, Pdfs.qr(a4.body()));
        assertTrue(DocumentFiles.read(accepted.baseName(), DocumentFiles.Kind.PDF).isPresent(), "kept once answered");
        assertEquals(PATH + "/" + accepted.id() + "/pdf", api.get(PATH + "/" + accepted.id(), token).json()
                .getString("pdfUrl"));

        Download ticket = api.download(PATH + "/" + pending.id() + "/pdf?format=ticket", token, "application/pdf");
        assertEquals(200, ticket.status());
        assertEquals(issuer.ruc() + "|03|" + issuer.series() + "|4|18.00|118.00|2026-12-03|1|45678912|" + pending.hash()
                + "|", Pdfs.qr(ticket.body()));
        assertFalse(DocumentFiles.read(pending.baseName(), DocumentFiles.Kind.TICKET).isPresent(),
                "not kept before SUNAT answers");
        Reply bad = api.get(PATH + "/" + accepted.id() + "/pdf?format=a5", token);
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(Set.of("format"), bad.fieldErrors().keySet());
    }

    @Test
    @DisplayName("Reenviar puts a document back in the queue; an answered one is 409 and unchanged")
    void resend() throws Exception {
        Reply r = api.post(PATH + "/" + failing.id() + "/resend", token, "");
        assertEquals(200, r.status(), r.toString());
        assertEquals("ERROR", r.json().getString("status"));
        assertFalse(r.json().getBoolean("needsAttention"));
        assertEquals(0, r.json().getInt("attempts"));
        assertEquals(1, data.number("SELECT count(*) FROM electronic_document_events e JOIN users u ON u.id = e.actor_id"
                + " WHERE e.document_id = ? AND u.email = 'admin@colca.test' AND e.message = 'Reenvío solicitado'",
                failing.id()));
        assertEquals(1, data.number("SELECT count(*) FROM audit_logs WHERE entity_table = 'electronic_documents'"
                + " AND entity_id = ? AND action = 'RESEND'", String.valueOf(failing.id())));

        Reply answered = api.post(PATH + "/" + accepted.id() + "/resend", token, "");
        assertEquals(409, answered.status(), answered.toString());
        assertEquals("document-answered", answered.problemType());
        assertEquals("ACCEPTED", data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", accepted.id()));
    }

    @Test
    @DisplayName("Re-emitir gives a rejected document the series' next number; twice, or not rejected, is 409")
    void reissue() throws Exception {
        Reply r = api.post(PATH + "/" + rejected.id() + "/reissue", token, "");
        assertEquals(201, r.status(), r.toString());
        JsonObject created = r.json();
        assertEquals(issuer.series() + "-5", created.getString("number"), "the next number; the rejected one stays burnt");
        assertEquals(rejected.id(), created.getJsonNumber("replacesDocumentId").longValue());
        assertEquals(rejected.orderId(), created.getJsonNumber("orderId").longValue());
        assertEquals("PENDING", created.getString("status"));
        assertTrue(r.header("Location").endsWith(PATH + "/" + created.getInt("id")), r.header("Location"));
        JsonObject old = api.get(PATH + "/" + rejected.id(), token).json();
        assertFalse(old.getBoolean("needsAttention"));
        assertEquals(created.getString("number"), old.getJsonObject("replacedBy").getString("number"));
        assertEquals(5, data.number("SELECT current_number FROM document_sequences WHERE series = ?", issuer.series()));

        Reply twice = api.post(PATH + "/" + rejected.id() + "/reissue", token, "");
        assertEquals(409, twice.status(), twice.toString());
        assertEquals("document-already-reissued", twice.problemType());
        Reply notRejected = api.post(PATH + "/" + accepted.id() + "/reissue", token, "");
        assertEquals(409, notRejected.status());
        assertEquals("document-not-rejected", notRejected.problemType());
        assertEquals(5, data.number("SELECT current_number FROM document_sequences WHERE series = ?", issuer.series()),
                "refusals take no number");
    }

    @Test
    @DisplayName("POST answers the order's live document, re-issues a rejected one once, refuses an order without any")
    void issueForOrder() throws Exception {
        Reply live = api.post(PATH, token, "{\"orderId\":" + accepted.orderId() + "}", "Idempotency-Key", "issue-" + TestData.suffix());
        assertEquals(200, live.status(), live.toString());
        assertEquals(accepted.id(), live.json().getJsonNumber("id").longValue());

        String key = "issue-" + TestData.suffix();
        Reply first = api.post(PATH, token, "{\"orderId\":" + rejected.orderId() + "}", "Idempotency-Key", key);
        assertEquals(201, first.status(), first.toString());
        assertEquals(rejected.id(), first.json().getJsonNumber("replacesDocumentId").longValue());
        Reply retry = api.post(PATH, token, "{\"orderId\":" + rejected.orderId() + "}", "Idempotency-Key", key);
        assertEquals(200, retry.status(), retry.toString());
        assertEquals(first.json().getInt("id"), retry.json().getInt("id"), "a retry answers the same document");
        assertEquals(1, data.number("SELECT count(*) FROM electronic_documents WHERE replaces_document_id = ?",
                rejected.id()));

        long bare = new pe.colca.testing.InvoicingFixtures(data).paidOrder(store.id(), "10.00");
        Reply none = api.post(PATH, token, "{\"orderId\":" + bare + "}", "Idempotency-Key", "issue-" + TestData.suffix());
        assertEquals(422, none.status(), none.toString());
        assertEquals("order-not-invoiced", none.problemType());
        Reply noKey = api.post(PATH, token, "{\"orderId\":\"x\"}");
        assertEquals(400, noKey.status(), noKey.toString());
        assertEquals(Set.of("Idempotency-Key", "orderId"), noKey.fieldErrors().keySet());
    }

    @Test
    @DisplayName("a user of another store neither lists nor opens nor acts on the documents (403 out-of-scope)")
    void storeScope() throws Exception {
        NewLocation other = data.location().create();
        NewUser outsider = data.scopedUser(List.of(other), "sunat.document.view", "sunat.document.issue");
        String theirs = api.token(outsider);
        Reply list = api.get(PATH + "?series=" + issuer.series(), theirs);
        assertEquals(200, list.status(), list.toString());
        assertEquals(0, list.json().getInt("total"));
        Reply one = api.get(PATH + "/" + accepted.id(), theirs);
        assertEquals(403, one.status(), one.toString());
        assertEquals("out-of-scope", one.problemType());
        assertEquals(403, api.get(PATH + "/" + accepted.id() + "/pdf", theirs).status());
        Reply resend = api.post(PATH + "/" + failing.id() + "/resend", theirs, "");
        assertEquals(403, resend.status(), resend.toString());
        assertEquals("ERROR", data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", failing.id()));
        assertTrue(data.number("SELECT attempts FROM electronic_documents WHERE id = ?", failing.id()) > 0, "unchanged");

        NewUser local = data.scopedUser(List.of(store), "sunat.document.view");
        String mine = api.token(local);
        assertEquals(4, api.get(PATH + "?series=" + issuer.series(), mine).json().getInt("total"));
        Reply forbidden = api.post(PATH + "/" + failing.id() + "/resend", mine, "");
        assertEquals(403, forbidden.status(), "sunat.document.issue is needed to act");
        assertNotEquals(null, forbidden.problemType());
        Set<String> seen = api.get(PATH + "?series=" + issuer.series(), mine).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("number")).collect(Collectors.toSet());
        assertEquals(4, seen.size());
    }
}
