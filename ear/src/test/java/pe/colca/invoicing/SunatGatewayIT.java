package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.invoicing.internal.gateway.CdrAnswer;
import pe.colca.invoicing.internal.gateway.CdrReader;
import pe.colca.invoicing.internal.gateway.DocumentFiles;
import pe.colca.invoicing.internal.gateway.SunatGateway;
import pe.colca.invoicing.internal.gateway.SunatRefused;
import pe.colca.invoicing.internal.gateway.SunatUnreachable;
import pe.colca.sunatsim.testing.TestInvoices;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.SunatSimulator;

/**
 * Colca's SUNAT client ({@link SunatGateway}: the service endpoint interface, the bundled WSDL, the
 * WS-Security handler, fault reading) against the project's simulator, which speaks SUNAT's contract:
 * a signed factura comes back with a CDR that {@link CdrReader} files as accepted; SUNAT's refusals
 * arrive as {@link SunatRefused} with their numeric code (0102 credentials, 0130 exception, 1033
 * already registered); an unavailable SUNAT is {@link SunatUnreachable}; summaries get a ticket whose
 * status is 98 and then 0. Runs the gateway in the test JVM on CXF, the runtime WildFly's JBossWS uses.
 */
@DisplayName("SUNAT client against the simulator: CDR, faults with their codes, tickets, SUNAT down")
class SunatGatewayIT extends ClientIntegration {

    private static final String FACTURA = DocumentFiles.baseName(TestInvoices.RUC, "01", "F001", 1);

    @BeforeEach
    @AfterEach
    void reset() {
        SunatSimulator.reset();
    }

    @Test
    @DisplayName("a signed factura, zipped under SUNAT's name, comes back accepted in a CDR")
    void acceptedWithCdr() throws Exception {
        byte[] cdr = SunatGateway.sendBill(endpoint(TestInvoices.PASSWORD), FACTURA + ".zip", factura());
        CdrAnswer answer = CdrReader.read(cdr);
        assertEquals(0, answer.responseCode(), answer.description());
        assertEquals("F001-1", answer.referenceId());
        assertEquals(CdrAnswer.Outcome.ACCEPTED, answer.outcome());

        SunatRefused again = assertThrows(SunatRefused.class,
                () -> SunatGateway.sendBill(endpoint(TestInvoices.PASSWORD), FACTURA + ".zip", factura()));
        assertEquals(1033, again.code(), "the same number twice: already registered");
    }

    @Test
    @DisplayName("a wrong SOL password is refused with 0102; an injected 0130 is an exception worth a retry")
    void refusalsCarryTheirCode() throws Exception {
        SunatRefused credentials = assertThrows(SunatRefused.class,
                () -> SunatGateway.sendBill(endpoint("wrong"), FACTURA + ".zip", factura()));
        assertEquals(102, credentials.code());
        assertFalse(credentials.isException());

        SunatSimulator.faults("{\"exceptionCode\":\"0130\",\"exceptionCount\":1}");
        SunatRefused exception = assertThrows(SunatRefused.class,
                () -> SunatGateway.sendBill(endpoint(TestInvoices.PASSWORD), FACTURA + ".zip", factura()));
        assertEquals(130, exception.code());
        assertTrue(exception.isException());
        assertEquals(0, CdrReader.read(SunatGateway.sendBill(endpoint(TestInvoices.PASSWORD), FACTURA + ".zip",
                factura())).responseCode(), "the same document sent again after the exception is accepted");
    }

    @Test
    @DisplayName("getStatusCdr (billConsultService): 0011 before, then 0004 with the CDR a lost sendBill answer carried (1033)")
    void statusCdr() throws Exception {
        SunatGateway.Endpoint consult = new SunatGateway.Endpoint(
                java.net.URI.create(SunatSimulator.baseUri() + "/billConsultService"), TestInvoices.USER,
                TestInvoices.PASSWORD, Duration.ofSeconds(60));
        SunatGateway.CdrQuery before = SunatGateway.getStatusCdr(consult, TestInvoices.RUC, "01", "F001", 1);
        assertEquals("0011", before.statusCode());
        assertFalse(before.found());
        SunatSimulator.faults("{\"alreadyRegisteredCount\":1}");
        SunatRefused lost = assertThrows(SunatRefused.class,
                () -> SunatGateway.sendBill(endpoint(TestInvoices.PASSWORD), FACTURA + ".zip", factura()));
        assertEquals(1033, lost.code());
        SunatGateway.CdrQuery after = SunatGateway.getStatusCdr(consult, TestInvoices.RUC, "01", "F001", 1);
        assertEquals("0004", after.statusCode(), after.statusMessage());
        CdrAnswer answer = CdrReader.read(after.cdrZip());
        assertEquals(0, answer.responseCode());
        assertEquals("F001-1", answer.referenceId());
    }

    @Test
    @DisplayName("SUNAT unavailable (HTTP 503, no SOAP fault) is SunatUnreachable, not a refusal")
    void unavailable() {
        SunatSimulator.faults("{\"unavailable\":true}");
        assertThrows(SunatUnreachable.class,
                () -> SunatGateway.sendBill(endpoint(TestInvoices.PASSWORD), FACTURA + ".zip", factura()));
    }

    @Test
    @DisplayName("a summary gets a ticket; its status is 98 while processing, then 0 with a CDR")
    void ticket() throws Exception {
        SunatSimulator.faults("{\"statusProcessingPolls\":1}");
        String rc = TestInvoices.RUC + "-RC-20261204-1";
        String ticket = SunatGateway.sendSummary(endpoint(TestInvoices.PASSWORD), rc + ".zip",
                TestInvoices.zip(rc + ".xml", TestInvoices.sign(TestInvoices.summary())));
        assertFalse(ticket.isBlank());
        SunatGateway.TicketAnswer first = SunatGateway.getStatus(endpoint(TestInvoices.PASSWORD), ticket);
        assertTrue(first.inProcess(), first.statusCode());
        SunatGateway.TicketAnswer done = SunatGateway.getStatus(endpoint(TestInvoices.PASSWORD), ticket);
        assertEquals("0", done.statusCode());
        assertEquals(0, CdrReader.read(done.cdrZip()).responseCode());
    }

    private static byte[] factura() {
        return DocumentFiles.zip(FACTURA, TestInvoices.sign(TestInvoices.factura()));
    }

    private static SunatGateway.Endpoint endpoint(String password) {
        return new SunatGateway.Endpoint(SunatSimulator.billService(), TestInvoices.USER, password, Duration.ofSeconds(60));
    }
}
