package pe.colca.invoicing.sunat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import pe.colca.invoicing.print.DocumentPdf;
import pe.colca.invoicing.print.PrintFormat;
import pe.colca.invoicing.print.PrintedDocument;
import pe.colca.invoicing.print.UblReader;

/**
 * The printed copies (sunat.md §8) are made from the signed XML: every legal field is in the PDF text
 * (read back with PDFBox) and the QR, rendered and decoded with ZXing, is SUNAT's pipe-separated text.
 */
class PrintedCopyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");

    static XmlSigner.SignedXml signed(UblDocument doc) {
        return new XmlSigner().sign(new UblWriter().write(doc), SampleDocuments.credentials(),
                SignatureAlgorithm.RSA_SHA256, NOW);
    }

    @Test
    void readsWhatTheSignedXmlSays() {
        UblDocument doc = SampleDocuments.factura();
        XmlSigner.SignedXml xml = signed(doc);
        PrintedDocument p = UblReader.read(xml.xml());
        assertEquals("F001-123", p.fullNumber());
        assertEquals(xml.hash(), p.hash());
        assertEquals("20000000001", p.issuer().documentNumber());
        assertEquals("20512333797", p.customer().documentNumber());
        assertEquals("6", p.customer().documentType());
        assertEquals(doc.totals().payableAmount().setScale(2), p.payable());
        assertEquals(doc.lines().size(), p.lines().size());
        assertTrue(p.paymentTerms().credit());
        assertEquals(2, p.paymentTerms().installments().size());
        assertEquals(AmountInWords.of(doc.totals().payableAmount(), "PEN"), p.amountInWords());
        BigDecimal igv = doc.totals().subtotals().stream().filter(s -> "1000".equals(s.group().schemeId()))
                .map(s -> s.taxAmount()).findFirst().orElseThrow();
        assertEquals("20000000001|01|F001|123|" + igv.setScale(2).toPlainString() + "|"
                + doc.totals().payableAmount().setScale(2).toPlainString() + "|2026-12-03|6|20512333797|" + xml.hash() + "|",
                p.qrText());
    }

    @ParameterizedTest
    @EnumSource(PrintFormat.class)
    void facturaCarriesTheLegalContentAndADecodableQr(PrintFormat format) throws Exception {
        UblDocument doc = SampleDocuments.factura();
        XmlSigner.SignedXml xml = signed(doc);
        PrintedDocument p = UblReader.read(xml.xml());
        byte[] pdf = DocumentPdf.render(p, format);
        String text = text(pdf);
        for (String expected : new String[] {"20000000001", "EMPRESA DE PRUEBA COLCA S.A.C.", "AV. ARENALES 1234",
                "FACTURA ELECTRÓNICA", "F001-123", "03/12/2026", "CLIENTE CORPORATIVO S.A.", "20512333797",
                "POLO ALGODÓN PIMA TALLA M", "Op. gravada", "Op. exonerada", "Op. inafecta", "IGV", "Importe total",
                "S/ " + money(doc.totals().payableAmount()), p.amountInWords(), "Resumen: " + xml.hash(),
                "Representación impresa de la Factura Electrónica", "Crédito", "Cuota001"}) {
            assertTrue(text.contains(expected), () -> format + ": the PDF lacks «" + expected + "»:\n" + text);
        }
        assertEquals(p.qrText(), decodeQr(pdf));
    }

    @Test
    void boletaTicketAndNotes() throws Exception {
        for (UblDocument doc : new UblDocument[] {SampleDocuments.boleta(), SampleDocuments.creditNote(),
                SampleDocuments.debitNote()}) {
            XmlSigner.SignedXml xml = signed(doc);
            PrintedDocument p = UblReader.read(xml.xml());
            byte[] ticket = DocumentPdf.render(p, PrintFormat.TICKET);
            String text = text(ticket);
            assertTrue(text.contains(p.title()), text);
            assertTrue(text.contains(doc.id()), text);
            assertTrue(text.contains(doc.customer().name()), text);
            assertTrue(text.contains("Resumen: " + xml.hash()), text);
            if (doc.noteReference() != null) {
                assertTrue(text.contains("Documento que modifica: " + doc.noteReference().referencedId()), text);
                assertTrue(text.contains(doc.noteReference().reason()), text);
            }
            assertEquals(p.qrText(), decodeQr(ticket));
            assertTrue(p.qrText().startsWith("20000000001|" + doc.type().code() + "|" + doc.series() + "|"
                    + doc.number() + "|"), p.qrText());
            String a4 = text(DocumentPdf.render(p, PrintFormat.A4));
            assertTrue(a4.contains(p.legend()), a4);
        }
    }

    static String money(BigDecimal amount) {
        return String.format(java.util.Locale.US, "%,.2f", amount);
    }

    /** The text of every page, as a reader's copy-paste gives it. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The QR of the first page, rendered at 200 dpi and decoded. */
    public static String decodeQr(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
