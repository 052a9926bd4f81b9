package pe.colca.sunatsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.colca.sunatsim.testing.TestInvoices.PASSWORD;
import static pe.colca.sunatsim.testing.TestInvoices.USER;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.sunatsim.testing.TestInvoices;

/**
 * The lines of RC and RA files as SUNAT judges them: a document informed once (2282), add+annul in one
 * summary (3096), a voided document not voided again (2323), an RA id not reused (2324); a rejected
 * summary (99) names its failing line in the CDR; an injected 99 names the last line.
 */
class SummaryRulesTest {

    private final BillOffice office = new BillOffice(SolUsers.parse(SolUsers.DEFAULT), new Faults(), SimulatorKey.configured());

    private static final String LINE_START = "<sac:SummaryDocumentsLine>";
    private static final String LINE_END = "</sac:SummaryDocumentsLine>";

    /** The sample RC with id {@code RC-20261204-n} and the given lines (each the sample line with its boleta and condition). */
    private static String rc(int n, String... boletaAndCondition) {
        String sample = TestInvoices.summary();
        String line = sample.substring(sample.indexOf(LINE_START), sample.indexOf(LINE_END) + LINE_END.length());
        StringBuilder lines = new StringBuilder();
        int i = 1;
        for (String spec : boletaAndCondition) {
            String[] p = spec.split(":");
            lines.append(line.replace("<cbc:LineID>1</cbc:LineID>", "<cbc:LineID>" + i++ + "</cbc:LineID>")
                    .replace("<cbc:ID>B001-1</cbc:ID>", "<cbc:ID>" + p[0] + "</cbc:ID>")
                    .replace("<cbc:ConditionCode>1</cbc:ConditionCode>", "<cbc:ConditionCode>" + p[1] + "</cbc:ConditionCode>"));
        }
        return sample.replace(line, lines.toString()).replace("RC-20261204-1", "RC-20261204-" + n);
    }

    private static String ra(int n, String series, int number) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><VoidedDocuments xmlns=\"urn:sunat:names:specification:ubl:peru:schema:xsd:VoidedDocuments-1\""
                + " xmlns:cac=\"" + Xml.CAC + "\" xmlns:cbc=\"" + Xml.CBC + "\" xmlns:ext=\"" + Xml.EXT + "\" xmlns:sac=\"" + Xml.SAC
                + "\" xmlns:ds=\"" + Xml.DS + "\"><ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent/></ext:UBLExtension></ext:UBLExtensions>"
                + "<cbc:UBLVersionID>2.0</cbc:UBLVersionID><cbc:CustomizationID>1.0</cbc:CustomizationID><cbc:ID>RA-20261204-" + n
                + "</cbc:ID><cbc:ReferenceDate>2026-12-03</cbc:ReferenceDate><cbc:IssueDate>2026-12-04</cbc:IssueDate>"
                + "<cac:AccountingSupplierParty><cbc:CustomerAssignedAccountID>20000000001</cbc:CustomerAssignedAccountID>"
                + "<cbc:AdditionalAccountID>6</cbc:AdditionalAccountID><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>X"
                + "</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>"
                + "<sac:VoidedDocumentsLine><cbc:LineID>1</cbc:LineID><cbc:DocumentTypeCode>01</cbc:DocumentTypeCode>"
                + "<sac:DocumentSerialID>" + series + "</sac:DocumentSerialID><sac:DocumentNumberID>" + number
                + "</sac:DocumentNumberID><sac:VoidReasonDescription>Error en el RUC</sac:VoidReasonDescription>"
                + "</sac:VoidedDocumentsLine></VoidedDocuments>";
    }

    private BillOffice.Status send(String kind, int n, String xml) throws SunatFault {
        String base = "20000000001-" + kind + "-20261204-" + n;
        String ticket = office.sendSummary(USER, PASSWORD, base + ".zip", TestInvoices.zip(base + ".xml", TestInvoices.sign(xml)));
        return office.getStatus(USER, PASSWORD, ticket);
    }

    private static String cdr(BillOffice.Status s) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(s.content()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no XML in the CDR");
    }

    @Test
    @DisplayName("RC: a boleta informed once; the second time 2282 naming it; add+annul in one file 3096; annul then annul again 2323")
    void rcLines() throws Exception {
        office.faults().apply(Map.of("statusProcessingPolls", "0"));
        assertEquals("0", send("RC", 1, rc(1, "B001-1:1", "B001-2:1")).statusCode());
        BillOffice.Status again = send("RC", 2, rc(2, "B001-3:1", "B001-2:1"));
        assertEquals("99", again.statusCode());
        assertEquals("2282", TestInvoices.readCdr(again.content()).responseCode());
        assertTrue(cdr(again).contains("<cbc:ReferenceID>B001-2</cbc:ReferenceID><cbc:ResponseCode>2282</cbc:ResponseCode>"), cdr(again));
        assertEquals("0", send("RC", 3, rc(3, "B001-3:1")).statusCode(), "nothing of the rejected summary was stored");
        assertEquals("3096", TestInvoices.readCdr(send("RC", 4, rc(4, "B001-4:1", "B001-4:3")).content()).responseCode());
        assertEquals("0", send("RC", 5, rc(5, "B001-1:3")).statusCode());
        assertEquals("2323", TestInvoices.readCdr(send("RC", 6, rc(6, "B001-1:3")).content()).responseCode());
    }

    @Test
    @DisplayName("RA: a factura voided once; again in a new RA 2323; the same RA id again 2324; an injected 99 names the line")
    void raLines() throws Exception {
        office.faults().apply(Map.of("statusProcessingPolls", "0"));
        assertEquals("0", send("RA", 1, ra(1, "F001", 7)).statusCode());
        assertEquals("2323", TestInvoices.readCdr(send("RA", 2, ra(2, "F001", 7)).content()).responseCode());
        assertEquals("2324", TestInvoices.readCdr(send("RA", 1, ra(1, "F001", 8)).content()).responseCode());
        office.faults().apply(Map.of("statusErrorCount", "1", "statusErrorCode", "2398"));
        BillOffice.Status injected = send("RA", 3, ra(3, "F001", 9));
        assertEquals("99", injected.statusCode());
        assertTrue(cdr(injected).contains("<cbc:ReferenceID>F001-9</cbc:ReferenceID><cbc:ResponseCode>2398</cbc:ResponseCode>"));
    }

    @Test
    @DisplayName("tickets: held at 98 while statusHold; an injected 0127; a rejected RA id is 2324 again; all carried over a restart (export/restore)")
    void ticketsOverARestart() throws Exception {
        office.faults().apply(Map.of("statusProcessingPolls", "0", "statusHold", "true"));
        String base = "20000000001-RA-20261204-1";
        String ticket = office.sendSummary(USER, PASSWORD, base + ".zip",
                TestInvoices.zip(base + ".xml", TestInvoices.sign(ra(1, "F001", 21))));
        assertEquals("98", office.getStatus(USER, PASSWORD, ticket).statusCode());
        office.faults().apply(Map.of("statusErrorCount", "1", "statusErrorCode", "2398"));
        BillOffice.Status rejected = send("RA", 2, ra(2, "F001", 22));
        assertEquals("98", rejected.statusCode(), "held");

        BillOffice restarted = new BillOffice(SolUsers.parse(SolUsers.DEFAULT), new Faults(), SimulatorKey.configured());
        restarted.restore(office.export());
        assertEquals("98", restarted.getStatus(USER, PASSWORD, ticket).statusCode(), "the switches came along");
        restarted.faults().apply(Map.of("statusHold", "false"));
        assertEquals("0", restarted.getStatus(USER, PASSWORD, ticket).statusCode(), "the ticket came along");
        String again = "20000000001-RA-20261204-2";
        String reused = restarted.sendSummary(USER, PASSWORD, again + ".zip",
                TestInvoices.zip(again + ".xml", TestInvoices.sign(ra(2, "F001", 23))));
        assertEquals("2324", TestInvoices.readCdr(restarted.getStatus(USER, PASSWORD, reused).content()).responseCode(),
                "an RA id rejected before is not taken again");
        restarted.faults().apply(Map.of("statusUnknownCount", "1"));
        String lostBase = "20000000001-RA-20261204-3";
        String lost = restarted.sendSummary(USER, PASSWORD, lostBase + ".zip",
                TestInvoices.zip(lostBase + ".xml", TestInvoices.sign(ra(3, "F001", 24))));
        assertEquals("0127", org.junit.jupiter.api.Assertions.assertThrows(SunatFault.class,
                () -> restarted.getStatus(USER, PASSWORD, lost)).code());
        assertEquals("0", restarted.getStatus(USER, PASSWORD, ticket).statusCode(), "other tickets answer");
        assertEquals("0", send2(restarted, 4, ra(4, "F001", 24)).statusCode(), "nothing of the lost file was processed");
    }

    private static BillOffice.Status send2(BillOffice office, int n, String xml) throws SunatFault {
        String base = "20000000001-RA-20261204-" + n;
        String ticket = office.sendSummary(USER, PASSWORD, base + ".zip", TestInvoices.zip(base + ".xml", TestInvoices.sign(xml)));
        return office.getStatus(USER, PASSWORD, ticket);
    }
}
