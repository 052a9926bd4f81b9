package pe.colca.invoicing.sunat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.Key;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import javax.xml.namespace.NamespaceContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** XSD validation (OASIS UBL 2.1 from ph-ubl21), signature verification with the JDK, XPath reads. */
final class UblAssertions {

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private UblAssertions() {
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Throws with the XSD's message when the document is not valid UBL 2.1. */
    static void validateXsd(byte[] xml) throws Exception {
        String root = parse(xml).getDocumentElement().getLocalName();
        Schema schema = SCHEMAS.computeIfAbsent(root, r -> {
            try {
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                // UBL imports CCTS, XMLDSig and XAdES by namespace only: load them first (ph-xsds jars)
                ClassLoader cl = UblAssertions.class.getClassLoader();
                List<StreamSource> sources = new ArrayList<>();
                for (String xsd : List.of("schemas/CCTS_CCT_SchemaModule.xsd", "schemas/xmldsig-core-schema.xsd",
                        "schemas/XAdES01903v132-201601.xsd", "schemas/XAdES01903v141-201601.xsd",
                        "external/schemas/ubl21/maindoc/UBL-" + r + "-2.1.xsd")) {
                    sources.add(new StreamSource(cl.getResource(xsd).toExternalForm()));
                }
                return f.newSchema(sources.toArray(new StreamSource[0]));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Whether the enveloped signature verifies with the certificate it carries (JDK, secure validation on). */
    static boolean signatureVerifies(byte[] xml) throws Exception {
        Document dom = parse(xml);
        NodeList signatures = dom.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() != 1) {
            throw new AssertionError("expected one ds:Signature, found " + signatures.getLength());
        }
        DOMValidateContext context = new DOMValidateContext(new CertificateKeySelector(), signatures.item(0));
        XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
        return signature.validate(context);
    }

    static String text(byte[] xml, String xpath) throws Exception {
        return xpath().evaluate(xpath, parse(xml));
    }

    static List<String> texts(byte[] xml, String xpath) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(xpath, parse(xml), XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    /**
     * The structure of a document, one line per element: its path, attributes and text; the content of
     * {@code ds:Signature} is left out (it changes with every key).
     */
    static String structure(byte[] xml) {
        StringBuilder out = new StringBuilder();
        walk(parse(xml).getDocumentElement(), "", out);
        return out.toString();
    }

    private static void walk(Element e, String parent, StringBuilder out) {
        String path = parent.isEmpty() ? e.getLocalName() : parent + "/" + e.getNodeName();
        out.append(path);
        var attrs = e.getAttributes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (!a.getNodeName().startsWith("xmlns")) {
                names.add(a.getNodeName() + "=" + a.getNodeValue());
            }
        }
        names.sort(null);
        if (!names.isEmpty()) {
            out.append(' ').append(names);
        }
        boolean leaf = true;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                leaf = false;
            }
        }
        if (leaf && !e.getTextContent().isBlank()) {
            out.append(" = ").append(e.getTextContent());
        }
        out.append('\n');
        if ("ds:Signature".equals(e.getNodeName())) {
            return;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                walk(child, path, out);
            }
        }
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "cac" -> UblNamespaces.CAC;
                    case "cbc" -> UblNamespaces.CBC;
                    case "ext" -> UblNamespaces.EXT;
                    case "ds" -> UblNamespaces.DS;
                    case "inv" -> UblNamespaces.INVOICE;
                    case "cn" -> UblNamespaces.CREDIT_NOTE;
                    case "dn" -> UblNamespaces.DEBIT_NOTE;
                    case "sac" -> SummaryWriter.SAC;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }

    /** Takes the public key of the X.509 certificate in KeyInfo. */
    private static final class CertificateKeySelector extends KeySelector {
        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
                                        XMLCryptoContext context) throws KeySelectorException {
            for (Object info : keyInfo.getContent()) {
                if (info instanceof X509Data data) {
                    for (Object o : data.getContent()) {
                        if (o instanceof X509Certificate cert) {
                            Key key = cert.getPublicKey();
                            return () -> key;
                        }
                    }
                }
            }
            throw new KeySelectorException("no X.509 certificate in KeyInfo");
        }
    }

    static byte[] read(String resource) throws IOException {
        try (var in = UblAssertions.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
