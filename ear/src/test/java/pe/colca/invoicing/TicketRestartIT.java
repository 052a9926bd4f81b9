package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.ServerRestart;
import pe.colca.testing.SummaryFixtures;
import pe.colca.testing.SunatSimulator;
import pe.colca.testing.TestData;

/**
 * Issue 14's restart: a resumen diario and a comunicación de baja are waiting on their tickets (the
 * simulator holds every ticket at 98) when the WildFly JVM is restarted for real
 * ({@code :shutdown(restart=true)}: the process exits and standalone.sh starts a new one — not a reload).
 * Once Colca and the simulator serve again, the simulator is told to answer, and nobody calls Colca: the
 * polling resumes by itself (the next poll time is in {@code sunat_summaries}; the delayed nudges survive
 * in Artemis' journal and the minute sweep finds anything due) and the summaries, the boletas and the
 * voided factura reach their final status.
 *
 * <p>SUNAT keeps a ticket until it is answered, whatever happens to the sender's server. The simulator runs
 * in the same JVM, so it carries its state over the restart as SUNAT would (documents, tickets, the
 * register, the fault switches: {@code sunat-sim} SimulatorMemory, saved when the deployment stops). The
 * test checks that too: the hold switch is still on after the restart, and no ticket came back 0127 (which
 * would have ended the summary EXPIRED). Everything the rest of the suite keeps survives the restart: API
 * tokens are signed JWTs, JDBC connections are opened per call, management clients reconnect, and the
 * EAR Arquillian deployed for this class comes back with the server (undeployed after the class as usual).
 */
@DisplayName("A real WildFly restart while RC and RA tickets are pending: polling resumes by itself and every document reaches its final status")
class TicketRestartIT extends ClientIntegration {

    private static final Logger LOG = Logger.getLogger(TicketRestartIT.class.getName());
    private static final Duration RESTART_LIMIT = Duration.ofMinutes(10);
    /** Polls back off up to 10 minutes; after the restart they are a few steps in, so well under that. */
    private static final Duration WAIT = Duration.ofMinutes(8);

    @RegisterExtension
    final SummaryFixtures fx = new SummaryFixtures();
    private final TestData data = fx.data();
    private final ApiClient api = fx.api();

    @Test
    @DisplayName(":shutdown(restart=true) with an RC (3 boletas) and an RA pending at 98; after it the simulator answers 0: both ACCEPTED, boletas ACCEPTED, factura VOIDED")
    void pollingResumesAfterRestart() throws Exception {
        SunatSimulator.faults("{\"statusHold\":true}");
        int summaryCompany = fx.company("SUMMARY");
        String series = fx.series('B');
        LocalDate day = SummaryFixtures.TODAY.minusDays(1);
        List<Long> boletas = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            boletas.add(fx.document(summaryCompany, "03", series, n, day, "29.50", "PENDING"));
        }
        Reply made = api.post("/api/v1/invoicing/summaries", fx.admin(),
                "{\"companyId\":" + summaryCompany + ",\"referenceDate\":\"" + day + "\"}");
        assertEquals(200, made.status(), made.toString());
        List<JsonValue> files = Json.createReader(new StringReader(made.body())).readArray();
        assertEquals(1, files.size());
        long rc = files.get(0).asJsonObject().getJsonNumber("id").longValue();

        int billCompany = fx.company("BILL");
        long factura = fx.document(billCompany, "01", fx.series('F'), 1, SummaryFixtures.TODAY.minusDays(1), "236.00", "ACCEPTED");
        Reply voided = api.post("/api/v1/invoicing/voidings", fx.admin(),
                "{\"documentId\":" + factura + ",\"reason\":\"Error en la razón social\"}");
        assertEquals(201, voided.status(), voided.toString());
        long ra = voided.json().getJsonNumber("summaryId").longValue();
        long voiding = voided.json().getJsonNumber("id").longValue();

        // both sent, both tickets polled at least once and answered 98
        String rcTicket = pending(rc).getString("ticket");
        String raTicket = pending(ra).getString("ticket");

        Duration took = ServerRestart.restart(RESTART_LIMIT);
        LOG.info("restart took " + took.toSeconds() + " s");

        String faults = SunatSimulator.faults("{}");
        assertTrue(faults.contains("\"statusHold\":true"), "the simulator kept its switches over the restart: " + faults);
        for (long id : List.of(rc, ra)) {
            JsonObject s = api.get("/api/v1/invoicing/summaries/" + id, fx.admin()).json();
            assertEquals("SENT", s.getString("status"), "still waiting on its ticket after the restart: " + s);
        }
        SunatSimulator.faults("{\"statusHold\":false}");

        JsonObject rcDone = fx.await("/api/v1/invoicing/summaries/" + rc, WAIT, s -> isFinal(s.getString("status")));
        assertEquals("ACCEPTED", rcDone.getString("status"), rcDone.toString());
        assertEquals(rcTicket, rcDone.getString("ticket"), "the same ticket, polled across the restart");
        for (JsonValue l : rcDone.getJsonArray("lines")) {
            assertEquals("ACCEPTED", l.asJsonObject().getString("status"), l.toString());
        }
        for (long id : boletas) {
            assertEquals("ACCEPTED", data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", id));
        }
        JsonObject raDone = fx.await("/api/v1/invoicing/summaries/" + ra, WAIT, s -> isFinal(s.getString("status")));
        assertEquals("ACCEPTED", raDone.getString("status"), raDone.toString());
        assertEquals(raTicket, raDone.getString("ticket"));
        assertEquals("VOIDED", data.string("SELECT sunat_status FROM electronic_documents WHERE id = ?", factura));
        assertEquals("ACCEPTED", api.get("/api/v1/invoicing/voidings/" + voiding, fx.admin()).json().getString("status"));
        assertEquals(200, api.get("/api/v1/invoicing/summaries/" + rc + "/cdr", fx.admin()).status());
    }

    private JsonObject pending(long summaryId) throws InterruptedException {
        return fx.await("/api/v1/invoicing/summaries/" + summaryId, Duration.ofSeconds(120),
                s -> s.getString("status").equals("SENT") && s.getInt("attempts") >= 1);
    }

    private static boolean isFinal(String status) {
        return List.of("ACCEPTED", "REJECTED", "EXPIRED").contains(status);
    }
}
