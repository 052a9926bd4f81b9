package pe.colca.sunatsim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespace-aware DOM parsing without DTDs or external entities, and navigation by UBL prefixes. */
final class Xml {

    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    static final String SAC = "urn:sunat:names:specification:ubl:peru:schema:xsd:SunatAggregateComponents-1";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    private Xml() {
    }

    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document, or 0306 when the bytes are not well-formed XML. */
    static Document parse(byte[] xml) throws SunatFault {
        try {
            DocumentBuilder b = builder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // fatal errors throw, nothing printed
            return b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new SunatFault("0306", SunatCodes.message("0306") + ": " + e.getMessage());
        }
    }

    /** Bytes of the document as they are: no indentation, UTF-8 (what is signed is never re-formatted). */
    static byte[] bytes(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ns(String prefix) {
        return switch (prefix) {
            case "cbc" -> CBC;
            case "cac" -> CAC;
            case "ext" -> EXT;
            case "sac" -> SAC;
            case "ds" -> DS;
            default -> throw new IllegalArgumentException(prefix);
        };
    }

    /** The child elements of {@code parent} named {@code qname} ({@code cac:InvoiceLine}). */
    static List<Element> children(Element parent, String qname) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        int colon = qname.indexOf(':');
        String uri = ns(qname.substring(0, colon));
        String local = qname.substring(colon + 1);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && uri.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first element down the path of child names, or null. */
    static Element child(Element parent, String... path) {
        Element e = parent;
        for (String step : path) {
            List<Element> c = children(e, step);
            if (c.isEmpty()) {
                return null;
            }
            e = c.get(0);
        }
        return e;
    }

    /** The trimmed text at the path, or null. */
    static String text(Element parent, String... path) {
        Element e = child(parent, path);
        return e == null ? null : e.getTextContent().strip();
    }

    /** The amount at the path, or null when absent; a non-number is 0306. */
    static BigDecimal amount(Element parent, String... path) throws SunatFault {
        String t = text(parent, path);
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new SunatFault("0306", SunatCodes.message("0306") + ": '" + t + "' is not an amount (" + String.join("/", path) + ")");
        }
    }

    static BigDecimal amountOrZero(Element parent, String... path) throws SunatFault {
        BigDecimal a = amount(parent, path);
        return a == null ? BigDecimal.ZERO : a;
    }
}
