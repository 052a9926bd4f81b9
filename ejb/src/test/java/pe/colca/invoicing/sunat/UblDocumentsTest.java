package pe.colca.invoicing.sunat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.colca.invoicing.sunat.UblAssertions.signatureVerifies;
import static pe.colca.invoicing.sunat.UblAssertions.text;
import static pe.colca.invoicing.sunat.UblAssertions.texts;
import static pe.colca.invoicing.sunat.UblAssertions.validateXsd;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.sunat.UblDocument.NoteReference;
import pe.colca.invoicing.sunat.XmlSigner.SignedXml;

/**
 * The four kinds of document (01, 03, 07, 08) built from a priced order, signed, then read back as
 * SUNAT would: OASIS UBL 2.1 XSD, the JDK's signature validation, totals and catalog codes, and a
 * golden structure per kind (src/test/resources/pe/colca/invoicing/golden/&lt;kind&gt;.txt; to
 * regenerate after a deliberate change: {@code -Dcolca.golden.write=true}, then review the diff).
 */
class UblDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T15:15:00Z");
    private final UblWriter writer = new UblWriter();
    private final XmlSigner signer = new XmlSigner();

    static UblDocument sample(String kind) {
        return switch (kind) {
            case "01" -> SampleDocuments.factura();
            case "03" -> SampleDocuments.boleta();
            case "07" -> SampleDocuments.creditNote();
            case "08" -> SampleDocuments.debitNote();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private SignedXml signed(UblDocument doc) {
        return signer.sign(writer.write(doc), SampleDocuments.credentials(), SignatureAlgorithm.RSA_SHA256, NOW);
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"01", "03", "07", "08"})
    @DisplayName("signed: valid against the OASIS UBL 2.1 XSD and the signature verifies with the JDK")
    void xsdValidAndVerifies(String kind) throws Exception {
        SignedXml xml = signed(sample(kind));
        validateXsd(xml.xml());
        assertTrue(signatureVerifies(xml.xml()));
        assertEquals(xml.hash(), text(xml.xml(), "//ds:Signature/ds:SignedInfo/ds:Reference/ds:DigestValue"));
        assertEquals(UblWriter.SIGNATURE_ID, text(xml.xml(), "//ext:ExtensionContent/ds:Signature/@Id"));
        assertEquals("#" + UblWriter.SIGNATURE_ID, text(xml.xml(), "/*/cac:Signature/cac:DigitalSignatureAttachment/cac:ExternalReference/cbc:URI"));
        assertEquals("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                text(xml.xml(), "//ds:SignatureMethod/@Algorithm"));
        assertTrue(new String(xml.xml(), StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""));
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"01", "03", "07", "08"})
    @DisplayName("a tampered signed file fails verification (a céntimo more on the payable amount)")
    void tamperedFails(String kind) throws Exception {
        SignedXml xml = signed(sample(kind));
        String s = new String(xml.xml(), StandardCharsets.UTF_8);
        String payable = text(xml.xml(), "//cbc:PayableAmount");
        String more = new java.math.BigDecimal(payable).add(new java.math.BigDecimal("0.01")).toPlainString();
        String tampered = s.replace(">" + payable + "</cbc:PayableAmount>", ">" + more + "</cbc:PayableAmount>");
        assertFalse(s.equals(tampered));
        assertFalse(signatureVerifies(tampered.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"01", "03", "07", "08"})
    @DisplayName("golden structure: every element, attribute and value in order (signature content aside)")
    void goldenStructure(String kind) throws Exception {
        String actual = UblAssertions.structure(signed(sample(kind)).xml());
        String resource = "/pe/colca/invoicing/golden/" + kind + ".txt";
        if (Boolean.getBoolean("colca.golden.write")) {
            Path file = Path.of("src/test/resources" + resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        byte[] golden = UblAssertions.read(resource);
        assertNotNull(golden, "missing golden file " + resource);
        assertEquals(new String(golden, StandardCharsets.UTF_8), actual);
    }

    @Test
    @DisplayName("factura: totals equal the priced order's to the céntimo, tax subtotals per affectation, catalog codes, cuotas")
    void facturaTotalsAndCodes() throws Exception {
        UblDocument doc = SampleDocuments.factura();
        byte[] xml = signed(doc).xml();
        assertEquals("F001-123", text(xml, "/inv:Invoice/cbc:ID"));
        assertEquals("01", text(xml, "/inv:Invoice/cbc:InvoiceTypeCode"));
        assertEquals("0101", text(xml, "/inv:Invoice/cbc:InvoiceTypeCode/@listID"));
        assertEquals("2.1", text(xml, "/inv:Invoice/cbc:UBLVersionID"));
        assertEquals("2.0", text(xml, "/inv:Invoice/cbc:CustomizationID"));
        // 2 × 118.00 gravado + 30.00 exonerado + (12.50 − 1.00) inafecto + shipping 15.00; a free gift of 11.80
        assertEquals("38.29", text(xml, "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount"));
        assertEquals("254.21", text(xml, "/inv:Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount"));
        assertEquals("292.50", text(xml, "/inv:Invoice/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"));
        assertEquals("292.50", text(xml, "/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount"));
        assertEquals(doc.totals().payableAmount().toPlainString(), text(xml, "//cac:LegalMonetaryTotal/cbc:PayableAmount"));
        assertEquals(doc.totals().taxTotal().toPlainString(), text(xml, "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount"));
        assertEquals(List.of("1000", "9997", "9998", "9996"),
                texts(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:ID"));
        assertEquals(List.of("212.71", "30.00", "11.50", "10.00"),
                texts(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount"));
        assertEquals(List.of("38.29", "0.00", "0.00", "1.80"),
                texts(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount"));
        assertEquals(List.of("10", "20", "30", "15", "10"), texts(xml, "//cac:InvoiceLine//cbc:TaxExemptionReasonCode"));
        assertEquals(List.of("01", "01", "01", "02", "01"), texts(xml, "//cac:InvoiceLine//cbc:PriceTypeCode"));
        assertEquals(List.of("100.00", "30.00", "12.50", "0.00", "12.7118644068"),
                texts(xml, "//cac:InvoiceLine/cac:Price/cbc:PriceAmount"));
        assertEquals("36.00", text(xml, "//cac:InvoiceLine[1]/cac:TaxTotal/cbc:TaxAmount"));
        assertEquals("2.29", text(xml, "//cac:InvoiceLine[5]/cac:TaxTotal/cbc:TaxAmount"));
        assertEquals("1.00", text(xml, "//cac:InvoiceLine[3]/cac:AllowanceCharge/cbc:Amount"));
        assertEquals("00", text(xml, "//cac:InvoiceLine[3]/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode"));
        assertEquals("ZZ", text(xml, "//cac:InvoiceLine[5]/cbc:InvoicedQuantity/@unitCode"));
        assertEquals("SON DOSCIENTOS NOVENTA Y DOS CON 50/100 SOLES", text(xml, "//cbc:Note[@languageLocaleID='1000']"));
        assertEquals(List.of("Credito", "Cuota001", "Cuota002"), texts(xml, "//cac:PaymentTerms/cbc:PaymentMeansID"));
        assertEquals(List.of("277.36", "150.00", "127.36"), texts(xml, "//cac:PaymentTerms/cbc:Amount"));
        assertEquals("2027-01-02", text(xml, "//cac:PaymentTerms[2]/cbc:PaymentDueDate"));
        assertEquals("6", text(xml, "//cac:AccountingSupplierParty//cbc:ID/@schemeID"));
        assertEquals("20512333797", text(xml, "//cac:AccountingCustomerParty//cbc:ID"));
        assertEquals("0000", text(xml, "//cac:RegistrationAddress/cbc:AddressTypeCode"));
        assertEquals("20000000001", text(xml, "/inv:Invoice/cac:Signature/cac:SignatoryParty/cac:PartyIdentification/cbc:ID"));
    }

    @Test
    @DisplayName("boleta: a DNI customer, no payment terms, same totals as the order")
    void boleta() throws Exception {
        byte[] xml = signed(SampleDocuments.boleta()).xml();
        assertEquals("03", text(xml, "/inv:Invoice/cbc:InvoiceTypeCode"));
        assertEquals("B001-45", text(xml, "/inv:Invoice/cbc:ID"));
        assertEquals("1", text(xml, "//cac:AccountingCustomerParty//cbc:ID/@schemeID"));
        assertEquals("", text(xml, "//cac:PaymentTerms/cbc:ID"));
        assertEquals("292.50", text(xml, "//cac:LegalMonetaryTotal/cbc:PayableAmount"));
    }

    @Test
    @DisplayName("credit note (07): catalog 09 reason, the referenced factura, CreditNoteLine")
    void creditNote() throws Exception {
        byte[] xml = signed(SampleDocuments.creditNote()).xml();
        assertEquals("FC01-7", text(xml, "/cn:CreditNote/cbc:ID"));
        assertEquals("F001-123", text(xml, "/cn:CreditNote/cac:DiscrepancyResponse/cbc:ReferenceID"));
        assertEquals("07", text(xml, "/cn:CreditNote/cac:DiscrepancyResponse/cbc:ResponseCode"));
        assertEquals("F001-123", text(xml, "/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
        assertEquals("01", text(xml, "/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentTypeCode"));
        assertEquals("1", text(xml, "//cac:CreditNoteLine/cbc:CreditedQuantity"));
        assertEquals("118.00", text(xml, "/cn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount"));
        assertEquals("18.00", text(xml, "/cn:CreditNote/cac:TaxTotal/cbc:TaxAmount"));
        assertEquals("SON CIENTO DIECIOCHO CON 00/100 SOLES", text(xml, "//cbc:Note[@languageLocaleID='1000']"));
    }

    @Test
    @DisplayName("debit note (08): catalog 10 reason, the referenced boleta, RequestedMonetaryTotal, DebitNoteLine")
    void debitNote() throws Exception {
        byte[] xml = signed(SampleDocuments.debitNote()).xml();
        assertEquals("01", text(xml, "/dn:DebitNote/cac:DiscrepancyResponse/cbc:ResponseCode"));
        assertEquals("03", text(xml, "/dn:DebitNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentTypeCode"));
        assertEquals("23.60", text(xml, "/dn:DebitNote/cac:RequestedMonetaryTotal/cbc:PayableAmount"));
        assertEquals("20.00", text(xml, "/dn:DebitNote/cac:RequestedMonetaryTotal/cbc:LineExtensionAmount"));
        assertEquals("1", text(xml, "//cac:DebitNoteLine/cbc:DebitedQuantity"));
    }

    @Test
    @DisplayName("rsa-sha1 and rsa-sha512 are settings too; sha512 verifies with secure validation on")
    void otherAlgorithms() throws Exception {
        SignedXml xml = signer.sign(writer.write(SampleDocuments.boleta()), SampleDocuments.credentials(),
                SignatureAlgorithm.RSA_SHA512, NOW);
        assertTrue(signatureVerifies(xml.xml()));
        assertEquals(SignatureAlgorithm.RSA_SHA256, SignatureAlgorithm.fromSetting(" RSA-SHA256 "));
        assertThrows(IllegalStateException.class, () -> SignatureAlgorithm.fromSetting("dsa"));
    }

    @Test
    @DisplayName("an expired certificate signs nothing, with a clear message")
    void expiredCertificateRefused() {
        var expired = SampleDocuments.credentials("expired-signer.p12");
        var dom = writer.write(SampleDocuments.boleta());
        var e = assertThrows(pe.colca.invoicing.CertificateExpired.class,
                () -> signer.sign(dom, expired, SignatureAlgorithm.RSA_SHA256, NOW));
        assertEquals("certificate-expired", e.type());
        assertTrue(e.getMessage().contains("venció"), e.getMessage());
        assertTrue(e.localizedMessage(Locale.ENGLISH).contains("expired"), e.localizedMessage(Locale.ENGLISH));
    }

    @Test
    @DisplayName("a wrong PKCS#12 password or a file that is not one: CertificateUnreadable")
    void unreadableCertificate() throws Exception {
        byte[] p12 = UblAssertions.read("/pe/colca/invoicing/test-signer.p12");
        assertThrows(pe.colca.invoicing.CertificateUnreadable.class,
                () -> SigningCredentials.fromPkcs12(p12, "wrong".toCharArray()));
        assertThrows(pe.colca.invoicing.CertificateUnreadable.class,
                () -> SigningCredentials.fromPkcs12("not a p12".getBytes(StandardCharsets.UTF_8), "x".toCharArray()));
        var info = SampleDocuments.credentials().info();
        assertTrue(info.subject().contains("EMPRESA DE PRUEBA COLCA SAC"), info.subject());
        assertFalse(info.serialHex().isEmpty());
    }

    @Test
    @DisplayName("content SUNAT rejects is refused before any XML: factura to a DNI, B-note on a factura, credit without cuotas")
    void contentRules() {
        UblDocument f = SampleDocuments.factura();
        var toDni = new UblDocument(f.type(), f.series(), f.number(), f.issueDate(), f.issueTime(), f.currency(),
                f.operationType(), f.issuer(), SampleDocuments.PERSON, f.items(), f.totals(), f.paymentTerms(), null);
        var e = assertThrows(pe.colca.invoicing.DocumentContentInvalid.class, () -> writer.write(toDni));
        assertTrue(e.getMessage().contains("F001-123") && e.getMessage().contains("RUC"), e.getMessage());

        UblDocument n = SampleDocuments.debitNote();
        var wrongRef = new UblDocument(n.type(), n.series(), n.number(), n.issueDate(), n.issueTime(), n.currency(),
                null, n.issuer(), n.customer(), n.items(), n.totals(), null,
                new NoteReference("01", "Intereses", "F001-123", DocumentType.FACTURA));
        assertThrows(pe.colca.invoicing.DocumentContentInvalid.class, () -> writer.write(wrongRef));

        var noCuotas = new UblDocument(f.type(), f.series(), f.number(), f.issueDate(), f.issueTime(), f.currency(),
                f.operationType(), f.issuer(), f.customer(), f.items(), f.totals(),
                UblDocument.PaymentTerms.credit(List.of()), null);
        assertThrows(pe.colca.invoicing.DocumentContentInvalid.class, () -> writer.write(noCuotas));

        var boletaSeries = new UblDocument(f.type(), "B001", f.number(), f.issueDate(), f.issueTime(), f.currency(),
                f.operationType(), f.issuer(), f.customer(), f.items(), f.totals(), f.paymentTerms(), null);
        assertThrows(pe.colca.invoicing.DocumentContentInvalid.class, () -> writer.write(boletaSeries));
    }
}
