package pe.colca.invoicing.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CDRs as SUNAT sends them (docs/sunat.md §7): accepted, observed, rejected, with a dummy/ entry first. */
class CdrReaderTest {

    @Test
    @DisplayName("code 0 without notes is ACCEPTED; the reference and SUNAT's sentence are read")
    void accepted() throws IOException {
        CdrAnswer answer = CdrReader.read(zip(true, cdr("F001-22", "0", "La Factura numero F001-22, ha sido aceptada")));
        assertEquals("F001-22", answer.referenceId());
        assertEquals(0, answer.responseCode());
        assertEquals("La Factura numero F001-22, ha sido aceptada", answer.description());
        assertEquals(CdrAnswer.Outcome.ACCEPTED, answer.outcome());
    }

    @Test
    @DisplayName("code 0 with 4xxx notes is OBSERVED; the notes are kept in order")
    void observed() throws IOException {
        CdrAnswer answer = CdrReader.read(zip(false, cdr("B001-7", "0", "La Boleta numero B001-7, ha sido aceptada",
                "4252 - El dato ingresado como atributo @listName es incorrecto", "4332 - Código UNSPSC")));
        assertEquals(List.of("4252 - El dato ingresado como atributo @listName es incorrecto", "4332 - Código UNSPSC"),
                answer.notes());
        assertEquals(CdrAnswer.Outcome.OBSERVED, answer.outcome());
    }

    @Test
    @DisplayName("2000–3999 is REJECTED (number burnt); 0100–1999 is an EXCEPTION (send again)")
    void rejectedAndException() throws IOException {
        assertEquals(CdrAnswer.Outcome.REJECTED,
                CdrReader.read(zip(false, cdr("F001-23", "2800", "El dato ingresado en el tipo de documento"))).outcome());
        assertEquals(CdrAnswer.Outcome.EXCEPTION, new CdrAnswer("F001-24", 130, "x", List.of()).outcome());
    }

    @Test
    @DisplayName("not a zip, a zip without XML, or XML without a response are refused with a reason")
    void refused() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> CdrReader.read("no zip".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> CdrReader.read(zip(true, null)));
        assertThrows(IllegalArgumentException.class, () -> CdrReader.read(zip(false,
                "<ar:ApplicationResponse xmlns:ar=\"urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2\"/>")));
        assertThrows(IllegalArgumentException.class, () -> CdrReader.read(zip(false,
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")));
    }

    private static String cdr(String reference, String code, String description, String... notes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ar:ApplicationResponse xmlns:ar=\"urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2\""
                + " xmlns:cac=\"" + CdrReader.CAC + "\" xmlns:cbc=\"" + CdrReader.CBC + "\">"
                + "<cbc:ID>171234567890</cbc:ID><cbc:IssueDate>2026-12-04</cbc:IssueDate>");
        for (String note : notes) {
            xml.append("<cbc:Note>").append(note).append("</cbc:Note>");
        }
        xml.append("<cac:SenderParty><cac:PartyIdentification><cbc:ID>20131312955</cbc:ID></cac:PartyIdentification>"
                + "</cac:SenderParty><cac:DocumentResponse><cac:Response><cbc:ReferenceID>").append(reference)
                .append("</cbc:ReferenceID><cbc:ResponseCode>").append(code).append("</cbc:ResponseCode><cbc:Description>")
                .append(description).append("</cbc:Description></cac:Response></cac:DocumentResponse></ar:ApplicationResponse>");
        return xml.toString();
    }

    private static byte[] zip(boolean dummyFirst, String xml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            if (dummyFirst) {
                out.putNextEntry(new ZipEntry("dummy/"));
                out.closeEntry();
            }
            if (xml != null) {
                out.putNextEntry(new ZipEntry("R-20601122333-01-F001-22.xml"));
                out.write(xml.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
