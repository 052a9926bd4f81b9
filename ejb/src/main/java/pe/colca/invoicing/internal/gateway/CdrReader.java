package pe.colca.invoicing.internal.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a CDR zip (docs/sunat.md §7): the first {@code *.xml} entry (SUNAT sometimes puts an empty
 * {@code dummy/} entry first), parsed namespace-aware without schema validation (real CDRs are not
 * schema-ordered), then {@code cac:DocumentResponse/cac:Response/{ReferenceID, ResponseCode,
 * Description}} and the {@code cbc:Note} observations. External entities are refused.
 */
public final class CdrReader {

    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /** The XML of a CDR zip is larger than this: refused, not read into memory. */
    private static final int MAX_XML_BYTES = 5 * 1024 * 1024;

    private CdrReader() {
    }

    /** @throws IllegalArgumentException when the bytes are not a CDR zip */
    public static CdrAnswer read(byte[] zip) {
        return parse(firstXml(zip));
    }

    /** The bytes of the first {@code .xml} entry of the zip. */
    static byte[] firstXml(byte[] zip) {
        if (zip == null || zip.length == 0) {
            throw new IllegalArgumentException("empty CDR");
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    byte[] xml = in.readNBytes(MAX_XML_BYTES + 1);
                    if (xml.length > MAX_XML_BYTES) {
                        throw new IllegalArgumentException("CDR entry " + entry.getName() + " is larger than "
                                + MAX_XML_BYTES + " bytes");
                    }
                    return xml;
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("CDR is not a readable zip: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("CDR zip holds no XML entry");
    }

    static CdrAnswer parse(byte[] xml) {
        Document dom = dom(xml);
        Element response = first(dom.getDocumentElement(), CAC, "DocumentResponse");
        Element answer = response == null ? null : first(response, CAC, "Response");
        if (answer == null) {
            throw new IllegalArgumentException("CDR has no cac:DocumentResponse/cac:Response");
        }
        String code = text(first(answer, CBC, "ResponseCode"));
        if (code == null || !code.strip().matches("\\d{1,4}")) {
            throw new IllegalArgumentException("CDR response code is not a number: " + code);
        }
        List<String> notes = new ArrayList<>();
        NodeList children = dom.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n instanceof Element e && CBC.equals(e.getNamespaceURI()) && "Note".equals(e.getLocalName())) {
                notes.add(e.getTextContent().strip());
            }
        }
        return new CdrAnswer(text(first(answer, CBC, "ReferenceID")), Integer.parseInt(code.strip()),
                text(first(answer, CBC, "Description")), notes);
    }

    private static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
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
