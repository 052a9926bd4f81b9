package pe.colca.invoicing.internal.summary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import pe.colca.invoicing.internal.gateway.CdrAnswer;
import pe.colca.invoicing.internal.gateway.CdrReader;

/**
 * What SUNAT's CDR of a summary ticket says: the answer of the file (the first
 * {@code cac:DocumentResponse}, read by {@link CdrReader}) and, for a rejected summary (99), the lines
 * it names — every further {@code cac:DocumentResponse} whose {@code cbc:ReferenceID} is a document
 * ({@code B001-5}) with its own code and description.
 */
record SummaryCdr(CdrAnswer file, Map<String, Failure> failures) {

    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /** SUNAT's code and words on one document of the summary. */
    record Failure(String code, String message) {
    }

    static SummaryCdr read(byte[] zip) {
        CdrAnswer file = CdrReader.read(zip);
        Map<String, Failure> failures = new LinkedHashMap<>();
        Document dom = dom(firstXml(zip));
        NodeList responses = dom.getElementsByTagNameNS(CAC, "DocumentResponse");
        for (int i = 1; i < responses.getLength(); i++) {
            Element response = first((Element) responses.item(i), CAC, "Response");
            if (response == null) {
                continue;
            }
            String reference = text(first(response, CBC, "ReferenceID"));
            String code = text(first(response, CBC, "ResponseCode"));
            if (reference != null && code != null) {
                failures.put(reference, new Failure(code, text(first(response, CBC, "Description"))));
            }
        }
        return new SummaryCdr(file, Map.copyOf(failures));
    }

    private static byte[] firstXml(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    return in.readNBytes(5 * 1024 * 1024);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("CDR is not a readable zip: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("CDR zip holds no XML entry");
    }

    private static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("CDR is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Element first(Element parent, String ns, String local) {
        NodeList found = parent.getElementsByTagNameNS(ns, local);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }
}
