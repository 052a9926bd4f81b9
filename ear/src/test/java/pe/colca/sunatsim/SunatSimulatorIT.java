package pe.colca.sunatsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPBodyElement;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import pe.colca.sunatsim.testing.TestInvoices;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.SunatSimulator;

/**
 * The SUNAT simulator deployed next to Colca, spoken to as SUNAT's clients do: raw HTTP with
 * {@code SOAPAction: ""} (the bytes of answers and faults checked) and a third-party JAX-WS client (CXF,
 * {@code Dispatch<SOAPMessage>} over the served WSDL). The checks themselves, code by code, are the unit
 * tests of {@code sunat-sim} (BillOfficeTest).
 */
class SunatSimulatorIT extends ClientIntegration {

    private static final String NS = "http://service.sunat.gob.pe";
    private static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String PASSWORD_TEXT = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    private static final String F = "20000000001-01-F001-1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void reset() {
        SunatSimulator.reset();
    }

    private static byte[] facturaZip() {
        return TestInvoices.zip(F + ".xml", TestInvoices.sign(TestInvoices.factura()));
    }

    private static String envelope(String password, String operation, String children) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_ENV + "\" xmlns:ser=\"" + NS + "\"><soapenv:Header>"
                + "<wsse:Security xmlns:wsse=\"" + WSSE + "\"><wsse:UsernameToken><wsse:Username>" + SunatSimulator.USER
                + "</wsse:Username><wsse:Password Type=\"" + PASSWORD_TEXT + "\">" + password + "</wsse:Password>"
                + "</wsse:UsernameToken></wsse:Security></soapenv:Header><soapenv:Body><ser:" + operation + ">" + children
                + "</ser:" + operation + "></soapenv:Body></soapenv:Envelope>";
    }

    private static String sendBill(String password, String fileName, byte[] zip) {
        return envelope(password, "sendBill", "<fileName>" + fileName + "</fileName><contentFile>"
                + Base64.getEncoder().encodeToString(zip) + "</contentFile>");
    }

    private static HttpResponse<String> post(String body, HttpClient client, Duration timeout) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(SunatSimulator.billService())
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timeout != null) {
            b.timeout(timeout);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element firstBodyChild(Document soap) {
        Element body = (Element) soap.getElementsByTagNameNS(SOAP_ENV, "Body").item(0);
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("empty SOAP body");
    }

    private static Element onlyChild(Element parent) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertNull(found, "one child only in " + parent.getLocalName());
                found = e;
            }
        }
        return found;
    }

    @Test
    @DisplayName("the WSDL is served: SUNAT's namespace, document/literal, one SOAP 1.1 port at the simulator's address")
    void wsdl() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SunatSimulator.billService() + "?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        String wsdl = r.body();
        assertTrue(wsdl.contains("targetNamespace=\"" + NS + "\""), wsdl);
        assertTrue(wsdl.contains("style=\"document\""), wsdl);
        // the server writes its WSDL host (webservices subsystem), the port and path are where it runs
        int port = SunatSimulator.billService().getPort();
        assertTrue(wsdl.matches("(?s).*soap:address location=\"http://[^\"/]+:" + port + "/sunat-sim/billService\".*"),
                "the address is where it runs: " + wsdl);
        Document doc = xml(wsdl);
        assertEquals(1, doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "port").getLength(), "a single port");
        assertEquals(0, doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap12/", "address").getLength(), "no SOAP 1.2");
        for (String op : new String[] {"sendBill", "sendSummary", "getStatus"}) {
            assertTrue(wsdl.contains("soapAction=\"urn:" + op + "\""), op);
        }
    }

    @Test
    @DisplayName("raw sendBill with SOAPAction \"\": sendBillResponse in SUNAT's namespace, applicationResponse unqualified, CDR code 0")
    void rawSendBill() throws Exception {
        HttpResponse<String> r = post(sendBill(SunatSimulator.PASSWORD, F + ".zip", facturaZip()), HTTP, null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), r.headers().toString());
        Element response = firstBodyChild(xml(r.body()));
        assertEquals(NS, response.getNamespaceURI());
        assertEquals("sendBillResponse", response.getLocalName());
        Element applicationResponse = onlyChild(response);
        assertEquals("applicationResponse", applicationResponse.getLocalName());
        assertNull(applicationResponse.getNamespaceURI(), "unqualified: " + r.body());
        assertFalse(r.body().contains("<applicationResponse xmlns="), "no default namespace on the child: " + r.body());
        TestInvoices.Cdr cdr = TestInvoices.readCdr(Base64.getMimeDecoder().decode(applicationResponse.getTextContent()));
        assertEquals("R-" + F + ".xml", cdr.entryName());
        assertEquals("0", cdr.responseCode());
        assertEquals("La Factura numero F001-1, ha sido aceptada", cdr.description());
    }

    @Test
    @DisplayName("a client that marks wsse:Security mustUnderstand=\"1\" and sends SOAPAction urn:sendBill is answered too")
    void mustUnderstand() throws Exception {
        String body = sendBill(SunatSimulator.PASSWORD, F + ".zip", facturaZip())
                .replace("<wsse:Security ", "<wsse:Security soapenv:mustUnderstand=\"1\" ");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(SunatSimulator.billService())
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"urn:sendBill\"")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        Element applicationResponse = onlyChild(firstBodyChild(xml(r.body())));
        assertEquals("0", TestInvoices.readCdr(Base64.getMimeDecoder().decode(applicationResponse.getTextContent())).responseCode());
    }

    @Test
    @DisplayName("a fault as SUNAT's: HTTP 500, faultcode soap-env:Client.0102, SUNAT's text as faultstring")
    void rawFault() throws Exception {
        HttpResponse<String> r = post(sendBill("wrong", F + ".zip", facturaZip()), HTTP, null);
        assertEquals(500, r.statusCode(), r.body());
        Element fault = firstBodyChild(xml(r.body()));
        assertEquals(SOAP_ENV, fault.getNamespaceURI());
        assertEquals("Fault", fault.getLocalName());
        Element code = (Element) fault.getElementsByTagName("faultcode").item(0);
        assertNull(code.getNamespaceURI(), "faultcode is unqualified");
        String[] qname = code.getTextContent().strip().split(":");
        assertEquals(2, qname.length, code.getTextContent());
        assertEquals(SOAP_ENV, code.lookupNamespaceURI(qname[0]), "the prefix is the SOAP envelope's: " + r.body());
        assertEquals("soap-env", qname[0], "SUNAT's prefix: " + r.body());
        assertEquals("Client.0102", qname[1]);
        assertEquals("Usuario o contraseña incorrectos", fault.getElementsByTagName("faultstring").item(0).getTextContent());
    }

    private static Dispatch<SOAPMessage> client() throws Exception {
        Service service = Service.create(URI.create(SunatSimulator.billService() + "?wsdl").toURL(), new QName(NS, "billService"));
        return service.createDispatch(new QName(NS, "BillServicePort"), SOAPMessage.class, Service.Mode.MESSAGE);
    }

    private static SOAPMessage request(String operation, String... children) throws Exception {
        SOAPMessage m = MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createMessage();
        SOAPElement token = m.getSOAPHeader().addChildElement("Security", "wsse", WSSE).addChildElement("UsernameToken", "wsse");
        token.addChildElement("Username", "wsse").addTextNode(SunatSimulator.USER);
        SOAPElement password = token.addChildElement("Password", "wsse");
        password.setAttribute("Type", PASSWORD_TEXT);
        password.addTextNode(SunatSimulator.PASSWORD);
        SOAPBodyElement op = m.getSOAPBody().addBodyElement(new QName(NS, operation, "ser"));
        for (int i = 0; i < children.length; i += 2) {
            op.addChildElement(children[i]).addTextNode(children[i + 1]);
        }
        m.saveChanges();
        return m;
    }

    private static Element child(SOAPMessage response, String name) throws Exception {
        Element e = (Element) response.getSOAPBody().getElementsByTagName(name).item(0);
        assertNull(e.getNamespaceURI(), name + " is unqualified");
        return e;
    }

    @Test
    @DisplayName("a JAX-WS client (CXF Dispatch over the served WSDL): sendBill → CDR 0; sendSummary → ticket; getStatus 98, then 0 with the CDR")
    void jaxwsClient() throws Exception {
        Dispatch<SOAPMessage> client = client();
        SOAPMessage bill = client.invoke(request("sendBill", "fileName", F + ".zip",
                "contentFile", Base64.getEncoder().encodeToString(facturaZip())));
        String cdr = child(bill, "applicationResponse").getTextContent();
        assertEquals("0", TestInvoices.readCdr(Base64.getMimeDecoder().decode(cdr)).responseCode());

        String rc = "20000000001-RC-20261204-1";
        SOAPMessage summary = client.invoke(request("sendSummary", "fileName", rc + ".zip", "contentFile",
                Base64.getEncoder().encodeToString(TestInvoices.zip(rc + ".xml", TestInvoices.sign(TestInvoices.summary())))));
        String ticket = child(summary, "ticket").getTextContent();
        assertFalse(ticket.isBlank());
        SOAPMessage processing = client.invoke(request("getStatus", "ticket", ticket));
        assertEquals("98", child(processing, "statusCode").getTextContent());
        SOAPMessage done = client.invoke(request("getStatus", "ticket", ticket));
        assertEquals("0", child(done, "statusCode").getTextContent());
        TestInvoices.Cdr summaryCdr = TestInvoices.readCdr(Base64.getMimeDecoder().decode(child(done, "content").getTextContent()));
        assertEquals("RC-20261204-1", summaryCdr.referenceId());

        SOAPFaultException unknown = assertThrows(SOAPFaultException.class, () -> client.invoke(request("getStatus", "ticket", "1")));
        assertEquals(new QName(SOAP_ENV, "Client.0127"), unknown.getFault().getFaultCodeAsQName());
    }

    @Test
    @DisplayName("fault injection: 0100-range exception for the next send, then 1033 on a resend, through the JAX-WS client")
    void injectedExceptions() throws Exception {
        Dispatch<SOAPMessage> client = client();
        SunatSimulator.faults("{\"exceptionCode\":\"0130\",\"exceptionCount\":1}");
        String zip = Base64.getEncoder().encodeToString(facturaZip());
        SOAPFaultException busy = assertThrows(SOAPFaultException.class,
                () -> client.invoke(request("sendBill", "fileName", F + ".zip", "contentFile", zip)));
        assertEquals("Client.0130", busy.getFault().getFaultCodeAsQName().getLocalPart());
        SunatSimulator.faults("{\"alreadyRegisteredCount\":1}");
        SOAPFaultException lost = assertThrows(SOAPFaultException.class,
                () -> client.invoke(request("sendBill", "fileName", F + ".zip", "contentFile", zip)));
        assertEquals("Client.1033", lost.getFault().getFaultCodeAsQName().getLocalPart(), "stored, but the answer was 'lost'");
        SOAPFaultException again = assertThrows(SOAPFaultException.class,
                () -> client.invoke(request("sendBill", "fileName", F + ".zip", "contentFile", zip)));
        assertEquals("Client.1033", again.getFault().getFaultCodeAsQName().getLocalPart(), "the number is registered");
    }

    @Test
    @DisplayName("fault injection: unavailable is HTTP 503 (a WebServiceException for the client); slow holds the answer past a client's timeout")
    void unavailableAndSlow() throws Exception {
        SunatSimulator.faults("{\"unavailable\":true}");
        assertEquals(503, post(sendBill(SunatSimulator.PASSWORD, F + ".zip", facturaZip()), HTTP, null).statusCode());
        Dispatch<SOAPMessage> client = client0();
        assertThrows(WebServiceException.class, () -> client.invoke(request("sendBill", "fileName", F + ".zip",
                "contentFile", Base64.getEncoder().encodeToString(facturaZip()))));
        SunatSimulator.faults("{\"unavailable\":false,\"delayMillis\":4000}");
        assertThrows(HttpTimeoutException.class,
                () -> post(sendBill(SunatSimulator.PASSWORD, F + ".zip", facturaZip()), HTTP, Duration.ofMillis(300)));
        SunatSimulator.reset();
        assertEquals(200, post(sendBill(SunatSimulator.PASSWORD, F + ".zip", facturaZip()), HTTP, null).statusCode(),
                "back to normal after the reset");
    }

    /** A client made while the WSDL can be read (the simulator is "down" afterwards). */
    private Dispatch<SOAPMessage> client0() throws Exception {
        SunatSimulator.faults("{\"unavailable\":false}");
        Dispatch<SOAPMessage> client = client();
        SunatSimulator.faults("{\"unavailable\":true}");
        return client;
    }

    @Test
    @DisplayName("admin endpoint: switches as JSON, a bad value is 400 problem+json and changes nothing, the HTML page")
    void admin() throws Exception {
        URI faults = URI.create(SunatSimulator.baseUri() + "/admin/faults");
        HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(faults).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"exceptionCount\":2,\"exceptionCode\":\"2800\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(bad.body().contains("exceptionCode"), bad.body());
        String now = HTTP.send(HttpRequest.newBuilder(faults).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(now.contains("\"exceptionCount\":0"), "nothing changed: " + now);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(SunatSimulator.baseUri() + "/admin/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"unavailable\""), page.body());
    }
}
