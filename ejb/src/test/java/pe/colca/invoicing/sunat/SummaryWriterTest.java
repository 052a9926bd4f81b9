package pe.colca.invoicing.sunat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.colca.invoicing.sunat.UblAssertions.signatureVerifies;
import static pe.colca.invoicing.sunat.UblAssertions.text;
import static pe.colca.invoicing.sunat.UblAssertions.texts;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.invoicing.sunat.SummaryDocument.Amounts;
import pe.colca.invoicing.sunat.SummaryDocument.Kind;
import pe.colca.invoicing.sunat.SummaryDocument.Line;
import pe.colca.invoicing.sunat.SummaryDocument.VoidLine;
import pe.colca.invoicing.sunat.XmlSigner.SignedXml;

/**
 * The resumen diario (RC) and the comunicación de baja (RA): SUNAT's UBL 2.0 summary XSDs are not on
 * Maven Central (sunat.md §10), so these tests check the structure the schemas and SUNAT's validation
 * sheets ask for — root and namespaces, element order, ids, condition codes, buyer above S/ 700,
 * amounts per affectation — and that the signature verifies with the JDK.
 */
class SummaryWriterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T14:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-04");
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);
    private final SummaryWriter writer = new SummaryWriter();
    private final XmlSigner signer = new XmlSigner();

    private static Amounts amounts(String total, String gravado, String igv) {
        return new Amounts(new BigDecimal(total), new BigDecimal(gravado), null, null, null, null, new BigDecimal(igv));
    }

    private static Line boleta(int n) {
        return new Line("03", "B001-" + n, null, null, null, null, 1, "PEN", amounts("118.00", "100.00", "18.00"));
    }

    private SignedXml signed(SummaryDocument doc) {
        return signer.sign(writer.write(doc), SampleDocuments.credentials(), SignatureAlgorithm.RSA_SHA256, NOW);
    }

    @Test
    @DisplayName("RC: SummaryDocuments-1 root, UBL 2.0 / 1.1, id = RC-YYYYMMDD-n of the issue date, reference date, supplier, signed")
    void rcHeaderAndSignature() throws Exception {
        SummaryDocument doc = new SummaryDocument(Kind.RC, TODAY, 3, YESTERDAY, "20000000001", "COLCA S.A.C.",
                List.of(boleta(1), boleta(2)), List.of());
        SignedXml xml = signed(doc);
        assertTrue(signatureVerifies(xml.xml()));
        String s = new String(xml.xml(), StandardCharsets.UTF_8);
        assertTrue(s.contains("<SummaryDocuments xmlns=\"" + SummaryWriter.SUMMARY + "\""), s.substring(0, 300));
        assertEquals("2.0", text(xml.xml(), "/*/cbc:UBLVersionID"));
        assertEquals("1.1", text(xml.xml(), "/*/cbc:CustomizationID"));
        assertEquals("RC-20261204-3", text(xml.xml(), "/*/cbc:ID"));
        assertEquals("20000000001-RC-20261204-3", doc.fileName());
        assertEquals("2026-12-03", text(xml.xml(), "/*/cbc:ReferenceDate"));
        assertEquals("2026-12-04", text(xml.xml(), "/*/cbc:IssueDate"));
        assertEquals("20000000001", text(xml.xml(), "/*/cac:AccountingSupplierParty/cbc:CustomerAssignedAccountID"));
        assertEquals("6", text(xml.xml(), "/*/cac:AccountingSupplierParty/cbc:AdditionalAccountID"));
        assertEquals("COLCA S.A.C.", text(xml.xml(),
                "/*/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"));
        assertEquals("20000000001", text(xml.xml(), "/*/cac:Signature/cac:SignatoryParty/cac:PartyIdentification/cbc:ID"));
        // the header order of the schema
        assertEquals(List.of("UBLExtensions", "UBLVersionID", "CustomizationID", "ID", "ReferenceDate", "IssueDate",
                "Signature", "AccountingSupplierParty", "SummaryDocumentsLine", "SummaryDocumentsLine"),
                children(xml.xml()));
        // a tampered amount breaks the signature
        String tampered = s.replace(">118.00<", ">118.01<");
        assertFalse(signatureVerifies(tampered.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("RC line: LineID, type, id, status, total, BillingPayment per affectation, IGV; a note names its boleta; buyer above S/ 700")
    void rcLines() throws Exception {
        Line mixed = new Line("03", "B001-7", "1", "45678912", null, null, 1, "PEN",
                new Amounts(new BigDecimal("850.00"), new BigDecimal("500.00"), new BigDecimal("200.00"),
                        new BigDecimal("60.00"), null, new BigDecimal("5.00"), new BigDecimal("90.00")));
        Line note = new Line("07", "BC01-2", null, null, "03", "B001-7", 1, "PEN", amounts("11.80", "10.00", "1.80"));
        Line annul = new Line("03", "B001-8", null, null, null, null, 3, "PEN", amounts("23.60", "20.00", "3.60"));
        SignedXml xml = signed(new SummaryDocument(Kind.RC, TODAY, 1, YESTERDAY, "20000000001", "COLCA S.A.C.",
                List.of(mixed, note, annul), List.of()));
        String l1 = "/*/sac:SummaryDocumentsLine[1]";
        assertEquals(List.of("LineID", "DocumentTypeCode", "ID", "AccountingCustomerParty", "Status", "TotalAmount",
                "BillingPayment", "BillingPayment", "BillingPayment", "BillingPayment", "TaxTotal"),
                localNames(xml.xml(), 1));
        assertEquals("1", text(xml.xml(), l1 + "/cbc:LineID"));
        assertEquals("45678912", text(xml.xml(), l1 + "/cac:AccountingCustomerParty/cbc:CustomerAssignedAccountID"));
        assertEquals("1", text(xml.xml(), l1 + "/cac:AccountingCustomerParty/cbc:AdditionalAccountID"));
        assertEquals("850.00", text(xml.xml(), l1 + "/sac:TotalAmount"));
        assertEquals("PEN", text(xml.xml(), l1 + "/sac:TotalAmount/@currencyID"));
        assertEquals(List.of("01", "02", "03", "05"), texts(xml.xml(), l1 + "/sac:BillingPayment/cbc:InstructionID"));
        assertEquals(List.of("500.00", "200.00", "60.00", "5.00"), texts(xml.xml(), l1 + "/sac:BillingPayment/cbc:PaidAmount"));
        assertEquals("90.00", text(xml.xml(), l1 + "/cac:TaxTotal/cbc:TaxAmount"));
        assertEquals("1000", text(xml.xml(), l1 + "/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:ID"));
        String l2 = "/*/sac:SummaryDocumentsLine[2]";
        assertEquals("07", text(xml.xml(), l2 + "/cbc:DocumentTypeCode"));
        assertEquals("B001-7", text(xml.xml(), l2 + "/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
        assertEquals("03", text(xml.xml(), l2 + "/cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentTypeCode"));
        assertEquals("", text(xml.xml(), l2 + "/cac:AccountingCustomerParty/cbc:CustomerAssignedAccountID"));
        assertEquals("3", text(xml.xml(), "/*/sac:SummaryDocumentsLine[3]/cac:Status/cbc:ConditionCode"));
        assertTrue(signatureVerifies(xml.xml()));
    }

    @Test
    @DisplayName("refused: a boleta above S/ 700 without buyer (2514), the same document twice (3095/3096), an RA line for a boleta")
    void refusals() {
        Line big = new Line("03", "B001-9", null, null, null, null, 1, "PEN", amounts("826.00", "700.00", "126.00"));
        assertThrows(IllegalArgumentException.class, () -> writer.write(new SummaryDocument(Kind.RC, TODAY, 1,
                YESTERDAY, "20000000001", "X", List.of(big), List.of())));
        Line add = boleta(5);
        Line annul = new Line("03", "B001-5", null, null, null, null, 3, "PEN", amounts("118.00", "100.00", "18.00"));
        assertThrows(IllegalArgumentException.class, () -> new SummaryDocument(Kind.RC, TODAY, 1, YESTERDAY,
                "20000000001", "X", List.of(add, annul), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new VoidLine("03", "B001", 5, "error de digitación"));
        assertThrows(IllegalArgumentException.class, () -> new VoidLine("01", "F001", 5, "no"));
        assertThrows(IllegalArgumentException.class, () -> new SummaryDocument(Kind.RC, YESTERDAY, 1, TODAY,
                "20000000001", "X", List.of(add), List.of()));
    }

    @Test
    @DisplayName("1,000 boletas of one day, 500 lines per file → 2 files; 300 → 4 files; every boleta exactly once, lines numbered per file")
    void thousandBoletas() throws Exception {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            lines.add(boleta(i));
        }
        assertEquals(2, SummaryWriter.files(lines, 500).size());
        List<List<Line>> files = SummaryWriter.files(lines, 300);
        assertEquals(List.of(300, 300, 300, 100), files.stream().map(List::size).toList());
        Set<String> seen = new HashSet<>();
        int sequence = 1;
        for (List<Line> file : files) {
            SignedXml xml = signed(new SummaryDocument(Kind.RC, TODAY, sequence, YESTERDAY, "20000000001", "COLCA",
                    file, List.of()));
            assertTrue(signatureVerifies(xml.xml()));
            assertEquals("RC-20261204-" + sequence, text(xml.xml(), "/*/cbc:ID"));
            List<String> ids = texts(xml.xml(), "/*/sac:SummaryDocumentsLine/cbc:ID");
            assertEquals(file.size(), ids.size());
            for (String id : ids) {
                assertTrue(seen.add(id), id + " twice");
            }
            List<String> lineIds = texts(xml.xml(), "/*/sac:SummaryDocumentsLine/cbc:LineID");
            assertEquals("1", lineIds.get(0));
            assertEquals(Integer.toString(file.size()), lineIds.get(lineIds.size() - 1));
            sequence++;
        }
        assertEquals(1000, seen.size());
    }

    @Test
    @DisplayName("RA: VoidedDocuments-1, 2.0 / 1.0, RA-YYYYMMDD-n, reference date, lines with serial, number and reason; signed")
    void ra() throws Exception {
        SignedXml xml = signed(new SummaryDocument(Kind.RA, TODAY, 2, YESTERDAY, "20000000001", "COLCA S.A.C.",
                List.of(), List.of(new VoidLine("01", "F001", 123, "Error en el RUC del cliente"))));
        assertTrue(signatureVerifies(xml.xml()));
        String s = new String(xml.xml(), StandardCharsets.UTF_8);
        assertTrue(s.contains("<VoidedDocuments xmlns=\"" + SummaryWriter.VOIDED + "\""));
        assertEquals("1.0", text(xml.xml(), "/*/cbc:CustomizationID"));
        assertEquals("RA-20261204-2", text(xml.xml(), "/*/cbc:ID"));
        assertEquals("2026-12-03", text(xml.xml(), "/*/cbc:ReferenceDate"));
        String l = "/*/sac:VoidedDocumentsLine[1]";
        assertEquals("1", text(xml.xml(), l + "/cbc:LineID"));
        assertEquals("01", text(xml.xml(), l + "/cbc:DocumentTypeCode"));
        assertEquals("F001", text(xml.xml(), l + "/sac:DocumentSerialID"));
        assertEquals("123", text(xml.xml(), l + "/sac:DocumentNumberID"));
        assertEquals("Error en el RUC del cliente", text(xml.xml(), l + "/sac:VoidReasonDescription"));
    }

    private static List<String> children(byte[] xml) {
        org.w3c.dom.Element root = UblAssertions.parse(xml).getDocumentElement();
        return names(root);
    }

    private static List<String> localNames(byte[] xml, int line) {
        org.w3c.dom.NodeList lines = UblAssertions.parse(xml).getElementsByTagNameNS(SummaryWriter.SAC, "SummaryDocumentsLine");
        return names((org.w3c.dom.Element) lines.item(line - 1));
    }

    private static List<String> names(org.w3c.dom.Element parent) {
        List<String> names = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }
}
