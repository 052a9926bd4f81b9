package pe.colca.sunatsim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.colca.sunatsim.testing.TestInvoices.PASSWORD;
import static pe.colca.sunatsim.testing.TestInvoices.USER;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import pe.colca.sunatsim.testing.TestInvoices;
import pe.colca.sunatsim.testing.TestInvoices.Cdr;

/** sendBill, sendSummary and getStatus without SOAP: every check with SUNAT's code, in SUNAT's order. */
class BillOfficeTest {

    private static final SimulatorKey KEY = SimulatorKey.configured();
    private final BillOffice office = new BillOffice(SolUsers.parse(SolUsers.DEFAULT + ",20000000001NOCPE=clave;nocpe"),
            new Faults(), KEY);

    private static final String F = "20000000001-01-F001-1";

    private byte[] send(String xml) throws SunatFault {
        return send(F, xml);
    }

    private byte[] send(String base, String xml) throws SunatFault {
        return office.sendBill(USER, PASSWORD, base + ".zip", TestInvoices.zip(base + ".xml", TestInvoices.sign(xml)));
    }

    private static String code(ThrowingSend s) {
        return assertThrows(SunatFault.class, s::run).code();
    }

    private interface ThrowingSend {
        void run() throws Exception;
    }

    @Test
    @DisplayName("a signed, valid factura is accepted: CDR code 0 in R-<name>.zip, signed by the simulator, UBL-valid")
    void accepted() throws Exception {
        Cdr cdr = TestInvoices.readCdr(send(TestInvoices.factura()));
        assertEquals("R-" + F + ".xml", cdr.entryName());
        assertEquals("0", cdr.responseCode());
        assertEquals("La Factura numero F001-1, ha sido aceptada", cdr.description());
        assertEquals("F001-1", cdr.referenceId());
        assertEquals(List.of(), cdr.notes());
        assertTrue(Signatures.verifies(cdr.document()), "the CDR's signature verifies");
        UblSchemas.validate(cdr.document(), "ApplicationResponse");
        assertTrue(new String(cdr.xml(), StandardCharsets.UTF_8).contains("<cbc:ID>6-20512333797</cbc:ID>"), "the customer");
    }

    @Test
    @DisplayName("rsa-sha1 signatures, as real SUNAT samples, are accepted too")
    void sha1Accepted() throws Exception {
        byte[] signed = TestInvoices.sign(TestInvoices.factura(), TestInvoices.RSA_SHA1);
        Cdr cdr = TestInvoices.readCdr(office.sendBill(USER, PASSWORD, F + ".zip", TestInvoices.zip(F + ".xml", signed)));
        assertEquals("0", cdr.responseCode());
    }

    @Test
    @DisplayName("WS-Security: no token 0101, unknown user or wrong password 0102, no CPE profile 0111, other RUC 0154")
    void credentials() {
        byte[] zip = TestInvoices.zip(F + ".xml", TestInvoices.sign(TestInvoices.factura()));
        assertEquals("0101", code(() -> office.sendBill(null, null, F + ".zip", zip)));
        assertEquals("0102", code(() -> office.sendBill(USER, "otra", F + ".zip", zip)));
        assertEquals("0102", code(() -> office.sendBill("20000000001OTRO", "moddatos", F + ".zip", zip)));
        assertEquals("0111", code(() -> office.sendBill("20000000001NOCPE", "clave", F + ".zip", zip)));
        // *MODDATOS stands for any RUC, but the file must be of the user's RUC
        assertEquals("0154", code(() -> office.sendBill("20100066603MODDATOS", "moddatos", F + ".zip", zip)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "20000000001-01-F001-1.xml, 0151",
        "20000000001-01-F001-01.zip, 0151",
        "2000000001-01-F001-1.zip, 0151",
        "20000000001-02-F001-1.zip, 0151",
        "20000000001-RC-20261204-1.zip, 0152"})
    @DisplayName("file name: RUC-TT-SERIE-NUMERO.zip without leading zeros (0151), no summaries here (0152)")
    void fileName(String name, String expected) {
        byte[] zip = TestInvoices.zip(F + ".xml", TestInvoices.sign(TestInvoices.factura()));
        assertEquals(expected, code(() -> office.sendBill(USER, PASSWORD, name, zip)));
    }

    @Test
    @DisplayName("zip: empty 0155, corrupt 0156, only folders 0157, two files 0158, not .xml 0159, empty XML 0160, other name 0161")
    void zipContent() throws Exception {
        String zipName = F + ".zip";
        byte[] signed = TestInvoices.sign(TestInvoices.factura());
        assertEquals("0155", code(() -> office.sendBill(USER, PASSWORD, zipName, new byte[0])));
        java.io.ByteArrayOutputStream empty = new java.io.ByteArrayOutputStream();
        new java.util.zip.ZipOutputStream(empty).close();
        assertEquals("0155", code(() -> office.sendBill(USER, PASSWORD, zipName, empty.toByteArray())));
        assertEquals("0156", code(() -> office.sendBill(USER, PASSWORD, zipName, "not a zip".getBytes(StandardCharsets.UTF_8))));
        assertEquals("0157", code(() -> office.sendBill(USER, PASSWORD, zipName, TestInvoices.zip("dummy/", new byte[0]))));
        java.io.ByteArrayOutputStream two = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(two)) {
            z.putNextEntry(new java.util.zip.ZipEntry(F + ".xml"));
            z.write(signed);
            z.putNextEntry(new java.util.zip.ZipEntry("otro.xml"));
            z.write(signed);
        }
        assertEquals("0158", code(() -> office.sendBill(USER, PASSWORD, zipName, two.toByteArray())));
        assertEquals("0159", code(() -> office.sendBill(USER, PASSWORD, zipName, TestInvoices.zip(F + ".txt", signed))));
        assertEquals("0160", code(() -> office.sendBill(USER, PASSWORD, zipName, TestInvoices.zip(F + ".xml", new byte[0]))));
        assertEquals("0161", code(() -> office.sendBill(USER, PASSWORD, zipName, TestInvoices.zip("20000000001-01-F001-2.xml", signed))));
    }

    @Test
    @DisplayName("XML: not well-formed, not the file's type, or not valid against the UBL 2.1 XSD → 0306")
    void xml() {
        String zipName = F + ".zip";
        assertEquals("0306", code(() -> office.sendBill(USER, PASSWORD, zipName,
                TestInvoices.zip(F + ".xml", "<Invoice><unclosed></Invoice>".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("0306", code(() -> office.sendBill(USER, PASSWORD, "20000000001-07-F001-1.zip",
                TestInvoices.zip("20000000001-07-F001-1.xml", TestInvoices.sign(TestInvoices.factura())))));
        // DocumentCurrencyCode before the Note breaks the schema's sequence
        String disordered = TestInvoices.factura().replace("<cbc:DocumentCurrencyCode>PEN</cbc:DocumentCurrencyCode>", "")
                .replace("<cbc:IssueTime>", "<cbc:DocumentCurrencyCode>PEN</cbc:DocumentCurrencyCode><cbc:IssueTime>");
        SunatFault f = assertThrows(SunatFault.class, () -> send(disordered));
        assertEquals("0306", f.code());
        assertTrue(f.getMessage().startsWith("No se puede leer (parsear) el archivo XML: "), f.getMessage());
        // a DOCTYPE (entity expansion, XXE) is refused as unparseable
        String doctype = TestInvoices.factura().replace("<Invoice ", "<!DOCTYPE Invoice [<!ENTITY x \"y\">]><Invoice ");
        assertEquals("0306", code(() -> office.sendBill(USER, PASSWORD, zipName,
                TestInvoices.zip(F + ".xml", doctype.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    @DisplayName("issuer RUC 1034, series 1035 and number 1036 must be those of the file name")
    void nameConsistency() {
        assertEquals("1034", code(() -> send(TestInvoices.factura().replace(
                "<cbc:ID schemeID=\"6\">20000000001</cbc:ID>", "<cbc:ID schemeID=\"6\">20100066603</cbc:ID>"))));
        assertEquals("1035", code(() -> send("20000000001-01-F002-1", TestInvoices.factura())));
        assertEquals("1036", code(() -> send("20000000001-01-F001-2", TestInvoices.factura())));
    }

    @Test
    @DisplayName("a document altered after signing is rejected 2335 (CDR); the number is burnt: resending it is 1032")
    void tampered() throws Exception {
        String signed = new String(TestInvoices.sign(TestInvoices.factura()), StandardCharsets.UTF_8);
        byte[] altered = signed.replace("PRODUCTO A", "PRODUCTO B").getBytes(StandardCharsets.UTF_8);
        Cdr cdr = TestInvoices.readCdr(office.sendBill(USER, PASSWORD, F + ".zip", TestInvoices.zip(F + ".xml", altered)));
        assertEquals("2335", cdr.responseCode());
        assertTrue(cdr.description().startsWith("El documento electrónico ingresado ha sido alterado"), cdr.description());
        assertEquals("1032", code(() -> send(TestInvoices.factura())));
        // an empty ExtensionContent fails the XSD (0306); something else instead of the signature is 2335
        String unsigned = TestInvoices.factura().replace("F001-1", "F001-2")
                .replace("<ext:ExtensionContent/>", "<ext:ExtensionContent><x:other xmlns:x=\"urn:x\"/></ext:ExtensionContent>");
        Cdr none = TestInvoices.readCdr(office.sendBill(USER, PASSWORD, "20000000001-01-F001-2.zip",
                TestInvoices.zip("20000000001-01-F001-2.xml", unsigned.getBytes(StandardCharsets.UTF_8))));
        assertEquals("2335", none.responseCode(), "no signature at all");
    }

    @Test
    @DisplayName("a second send of an accepted number is 1033, nothing else changes")
    void alreadyRegistered() throws Exception {
        assertEquals("0", TestInvoices.readCdr(send(TestInvoices.factura())).responseCode());
        assertEquals("1033", code(() -> send(TestInvoices.factura())));
        assertEquals(1, office.received().size());
    }

    @Test
    @DisplayName("getStatusCdr: 0011 before the document arrives, then 0004 with the same CDR sendBill answered; other RUC 0154")
    void statusCdr() throws Exception {
        assertEquals("0011", office.getStatusCdr(USER, PASSWORD, "20000000001", "01", "F001", 1).statusCode());
        byte[] cdr = send(TestInvoices.factura());
        BillOffice.Status status = office.getStatusCdr(USER, PASSWORD, "20000000001", "01", "F001", 1);
        assertEquals("0004", status.statusCode());
        assertArrayEquals(cdr, status.content());
        assertEquals(1, office.sends(F));
        assertEquals("1033", code(() -> send(TestInvoices.factura())));
        assertEquals(2, office.sends(F), "every sendBill naming the document is counted");
        assertEquals("0154", code(() -> office.getStatusCdr(USER, PASSWORD, "20512333797", "01", "F001", 1)));
        assertEquals("0102", code(() -> office.getStatusCdr(USER, "wrong", "20000000001", "01", "F001", 1)));
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of("customer with DNI on a factura → 2800", "<cbc:ID schemeID=\"6\">20512333797</cbc:ID>",
                        "<cbc:ID schemeID=\"1\">45678912</cbc:ID>", "2800"),
                Arguments.of("RUC of 10 digits → 2017", "<cbc:ID schemeID=\"6\">20512333797</cbc:ID>",
                        "<cbc:ID schemeID=\"6\">2051233379</cbc:ID>", "2017"),
                Arguments.of("line sum ≠ LineExtensionAmount → 3278",
                        "<cbc:LineExtensionAmount currencyID=\"PEN\">200.00</cbc:LineExtensionAmount>\n  <cbc:TaxInclusiveAmount",
                        "<cbc:LineExtensionAmount currencyID=\"PEN\">210.00</cbc:LineExtensionAmount>\n  <cbc:TaxInclusiveAmount", "3278"),
                Arguments.of("header tax ≠ subtotals → 3294", "<cbc:TaxAmount currencyID=\"PEN\">36.00</cbc:TaxAmount>\n  <cac:TaxSubtotal>",
                        "<cbc:TaxAmount currencyID=\"PEN\">38.00</cbc:TaxAmount>\n  <cac:TaxSubtotal>", "3294"),
                Arguments.of("TaxInclusive ≠ value + taxes → 3279", "<cbc:TaxInclusiveAmount currencyID=\"PEN\">236.00",
                        "<cbc:TaxInclusiveAmount currencyID=\"PEN\">238.00", "3279"),
                Arguments.of("PayableAmount ≠ total → 3280", "<cbc:PayableAmount currencyID=\"PEN\">236.00",
                        "<cbc:PayableAmount currencyID=\"PEN\">240.00", "3280"),
                Arguments.of("unit price with taxes wrong → 3270", "<cbc:PriceAmount currencyID=\"PEN\">118.00",
                        "<cbc:PriceAmount currencyID=\"PEN\">128.00", "3270"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    @DisplayName("customer and amount rules reject with a CDR carrying SUNAT's code")
    void rejected(String name, String from, String to, String expected) throws Exception {
        String xml = TestInvoices.factura().replace(from, to);
        assertTrue(!xml.equals(TestInvoices.factura()), "the fixture changed");
        assertEquals(expected, TestInvoices.readCdr(send(xml)).responseCode());
    }

    @Test
    @DisplayName("IGV ≠ base × rate: 3103 on the line, 3291 on the header; rounding above 1 is 3303")
    void igvAndRounding() throws Exception {
        String lineIgv = TestInvoices.factura().replaceFirst(
                "(<cac:InvoiceLine>[\\s\\S]*?<cbc:TaxableAmount currencyID=\"PEN\">)200.00", "$1220.00");
        assertEquals("3103", TestInvoices.readCdr(send(lineIgv)).responseCode());
        String headerIgv = TestInvoices.factura().replaceFirst("<cbc:TaxableAmount currencyID=\"PEN\">200.00", 
                "<cbc:TaxableAmount currencyID=\"PEN\">150.00");
        assertEquals("3291", TestInvoices.readCdr(send("20000000001-01-F001-2", headerIgv.replace("F001-1", "F001-2"))).responseCode());
        String rounding = TestInvoices.factura().replace("<cbc:PayableAmount currencyID=\"PEN\">236.00",
                "<cbc:PayableRoundingAmount currencyID=\"PEN\">1.50</cbc:PayableRoundingAmount><cbc:PayableAmount currencyID=\"PEN\">237.50")
                .replace("F001-1", "F001-3");
        assertEquals("3303", TestInvoices.readCdr(send("20000000001-01-F001-3", rounding)).responseCode());
    }

    @Test
    @DisplayName("boletas: above S/ 700 the buyer needs a document (2800) and a DNI of 8 digits (2801); below, a bad DNI is observation 4207")
    void boletas() throws Exception {
        String boleta = TestInvoices.factura().replace("F001-1", "B001-1").replace(">01</cbc:InvoiceTypeCode>", ">03</cbc:InvoiceTypeCode>")
                .replace("<cbc:ID schemeID=\"6\">20512333797</cbc:ID>", "<cbc:ID schemeID=\"1\">CUSTOMER</cbc:ID>");
        String big = boleta.replace("2</cbc:InvoicedQuantity>", "10</cbc:InvoicedQuantity>")
                .replace("236.00", "1180.00").replace("200.00", "1000.00").replace("36.00", "180.00");
        Cdr anonymous = TestInvoices.readCdr(send("20000000001-03-B001-1",
                big.replace("schemeID=\"1\">CUSTOMER", "schemeID=\"0\">-")));
        assertEquals("2800", anonymous.responseCode());
        Cdr badDni = TestInvoices.readCdr(send("20000000001-03-B001-2",
                big.replace("B001-1", "B001-2").replace("CUSTOMER", "1234")));
        assertEquals("2801", badDni.responseCode());
        Cdr identified = TestInvoices.readCdr(send("20000000001-03-B001-3",
                big.replace("B001-1", "B001-3").replace("CUSTOMER", "45678912")));
        assertEquals("0", identified.responseCode());
        assertEquals("La Boleta numero B001-3, ha sido aceptada", identified.description());
        Cdr small = TestInvoices.readCdr(send("20000000001-03-B001-4", boleta.replace("B001-1", "B001-4").replace("CUSTOMER", "1234")));
        assertEquals("0", small.responseCode());
        assertEquals(List.of("4207 - El DNI del receptor no cumple con el formato establecido"), small.notes());
        Cdr anonymousSmall = TestInvoices.readCdr(send("20000000001-03-B001-5",
                boleta.replace("B001-1", "B001-5").replace("schemeID=\"1\">CUSTOMER", "schemeID=\"1\">00000000")));
        assertEquals("0", anonymousSmall.responseCode(), "CLIENTES VARIOS up to S/ 700");
    }

    @Test
    @DisplayName("fault injection: 0100-range exceptions for the next sends, 1033 after registering, observations, rejections as faults")
    void injected() throws Exception {
        office.faults().apply(Map.of("exceptionCode", "0130", "exceptionCount", "2"));
        assertEquals("0130", code(() -> send(TestInvoices.factura())));
        assertEquals("0130", code(() -> send(TestInvoices.factura())));
        assertEquals(List.of(), office.received(), "an exception stores nothing");
        office.faults().apply(Map.of("alreadyRegisteredCount", "1"));
        assertEquals("1033", code(() -> send(TestInvoices.factura())));
        assertEquals(1, office.received().size(), "registered as after a lost response");
        office.faults().apply(Map.of("observationCount", "1", "observationCode", "4252"));
        Cdr observed = TestInvoices.readCdr(send("20000000001-01-F001-2", TestInvoices.factura().replace("F001-1", "F001-2")));
        assertEquals("0", observed.responseCode());
        assertEquals(List.of("4252 - El dato ingresado como atributo @listName es incorrecto."), observed.notes());
        office.faults().apply(Map.of("rejectionsAsFaults", "true"));
        assertEquals("2800", code(() -> send("20000000001-01-F001-3", TestInvoices.factura().replace("F001-1", "F001-3")
                .replace("schemeID=\"6\">20512333797", "schemeID=\"1\">45678912"))));
        assertEquals(2, office.received().size(), "SUNAT beta stores no rejection");
        office.reset();
        assertEquals(List.of(), office.received());
        assertEquals(false, office.faults().snapshot().get("rejectionsAsFaults"));
    }

    @Test
    @DisplayName("switches: unknown names and bad values are refused and change nothing")
    void switches() {
        Faults faults = new Faults();
        assertThrows(IllegalArgumentException.class, () -> faults.apply(Map.of("exceptionCount", "2", "nope", "1")));
        assertThrows(IllegalArgumentException.class, () -> faults.apply(Map.of("exceptionCode", "2800")));
        assertThrows(IllegalArgumentException.class, () -> faults.apply(Map.of("delayMillis", "-1")));
        assertThrows(IllegalArgumentException.class, () -> faults.apply(Map.of("unavailable", "yes")));
        assertEquals(0, faults.snapshot().get("exceptionCount"));
    }

    @Test
    @DisplayName("sendSummary gives a ticket; getStatus answers 98 while processing, then 0 with the CDR; unknown ticket 0127")
    void summary() throws Exception {
        office.faults().apply(Map.of("statusProcessingPolls", "2"));
        String base = "20000000001-RC-20261204-1";
        String ticket = office.sendSummary(USER, PASSWORD, base + ".zip",
                TestInvoices.zip(base + ".xml", TestInvoices.sign(TestInvoices.summary())));
        assertEquals("98", office.getStatus(USER, PASSWORD, ticket).statusCode());
        assertNull(office.getStatus(USER, PASSWORD, ticket).content());
        BillOffice.Status done = office.getStatus(USER, PASSWORD, ticket);
        assertEquals("0", done.statusCode());
        Cdr cdr = TestInvoices.readCdr(done.content());
        assertEquals("R-" + base + ".xml", cdr.entryName());
        assertEquals("0", cdr.responseCode());
        assertEquals("RC-20261204-1", cdr.referenceId());
        assertArrayEquals(done.content(), office.getStatus(USER, PASSWORD, ticket).content(), "asked again, the same answer");
        assertEquals("0127", code(() -> office.getStatus(USER, PASSWORD, "123")));
        assertEquals("0102", code(() -> office.getStatus(USER, "x", ticket)));
    }

    @Test
    @DisplayName("getStatus 99: an altered summary (2335) or an injected error; summaries: name 0151, RUC 1034, ID 1036, root 0306")
    void summaryErrors() throws Exception {
        office.faults().apply(Map.of("statusProcessingPolls", "0"));
        String base = "20000000001-RC-20261204-1";
        String altered = new String(TestInvoices.sign(TestInvoices.summary()), StandardCharsets.UTF_8).replace("118.00", "218.00");
        String t1 = office.sendSummary(USER, PASSWORD, base + ".zip", TestInvoices.zip(base + ".xml", altered.getBytes(StandardCharsets.UTF_8)));
        BillOffice.Status s1 = office.getStatus(USER, PASSWORD, t1);
        assertEquals("99", s1.statusCode());
        assertEquals("2335", TestInvoices.readCdr(s1.content()).responseCode());
        office.faults().apply(Map.of("statusErrorCount", "1", "statusErrorCode", "2282"));
        String t2 = office.sendSummary(USER, PASSWORD, base + ".zip", TestInvoices.zip(base + ".xml", TestInvoices.sign(TestInvoices.summary())));
        assertEquals("99", office.getStatus(USER, PASSWORD, t2).statusCode());
        byte[] good = TestInvoices.zip(base + ".xml", TestInvoices.sign(TestInvoices.summary()));
        assertEquals("0151", code(() -> office.sendSummary(USER, PASSWORD, F + ".zip", good)));
        String other = "20000000001-RC-20261204-2";
        assertEquals("1036", code(() -> office.sendSummary(USER, PASSWORD, other + ".zip",
                TestInvoices.zip(other + ".xml", TestInvoices.sign(TestInvoices.summary())))));
        assertEquals("1034", code(() -> office.sendSummary(USER, PASSWORD, base + ".zip", TestInvoices.zip(base + ".xml",
                TestInvoices.sign(TestInvoices.summary().replace("<cbc:CustomerAssignedAccountID>20000000001", "<cbc:CustomerAssignedAccountID>20100066603"))))));
        String ra = "20000000001-RA-20261204-1";
        assertEquals("0306", code(() -> office.sendSummary(USER, PASSWORD, ra + ".zip",
                TestInvoices.zip(ra + ".xml", TestInvoices.sign(TestInvoices.summary())))));
    }
}
