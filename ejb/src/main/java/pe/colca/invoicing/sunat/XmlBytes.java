package pe.colca.invoicing.sunat;

import java.nio.charset.StandardCharsets;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Serializes the DOM of a UBL document as UTF-8, exactly once after signing: an XML declaration, then
 * every element with its attributes (namespace declarations included, as the DOM holds them) and text,
 * escaped; no indentation, nothing reordered. A CR inside a text (the JDK's base64 line breaks in
 * {@code ds:SignatureValue}) is written {@code &#13;} so a parser reads back the same characters. About
 * ten times cheaper than an identity {@code Transformer} on a UBL document (bench/invoicing/README.md).
 * Only elements, attributes, text and CDATA occur in these documents; anything else is refused.
 */
final class XmlBytes {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private XmlBytes() {
    }

    static byte[] of(Document dom) {
        StringBuilder out = new StringBuilder(16_384);
        out.append(DECLARATION);
        element(dom.getDocumentElement(), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(Element e, StringBuilder out) {
        String name = e.getNodeName();
        out.append('<').append(name);
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            out.append(' ').append(a.getNodeName()).append("=\"");
            escape(a.getValue(), out, true);
            out.append('"');
        }
        Node child = e.getFirstChild();
        if (child == null) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (; child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) child, out);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escape(child.getNodeValue(), out, false);
                default -> throw new IllegalArgumentException("unexpected node in a UBL document: " + child.getNodeName());
            }
        }
        out.append("</").append(name).append('>');
    }

    private static void escape(String s, StringBuilder out, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
    }
}
