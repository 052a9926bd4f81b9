package pe.colca.sunatsim.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.SignatureMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * TEST ONLY: the fixtures of the SUNAT simulator's tests — a small valid UBL factura and an RC (test
 * resources), a signer over a test PKCS#12 ({@code issuer-test.p12}, a throw-away key; Colca's real signer
 * is {@code pe.colca.invoicing}), zips named as SUNAT wants them, and a CDR reader. Shared with the
 * integration tests of {@code ear/} through this module's test-jar.
 */
public final class TestInvoices {

    public static final String RUC = "20000000001";
    public static final String USER = "20000000001MODDATOS";
    public static final String PASSWORD = "moddatos";
    public static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
    public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    private static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private TestInvoices() {
    }

    /** The unsigned factura F001-1 of RUC 20000000001 to a RUC customer: 2 × 100.00 + IGV 36.00 = 236.00. */
    public static String factura() {
        return resource("20000000001-01-F001-1.xml");
    }

    /** The unsigned resumen diario RC-20261204-1 of RUC 20000000001 (one boleta). */
    public static String summary() {
        return resource("20000000001-RC-20261204-1.xml");
    }

    /** {@code xml} signed enveloped into its first ExtensionContent (rsa-sha256, sha256 digest, inclusive c14n). */
    public static byte[] sign(String xml) {
        return sign(xml, RSA_SHA256);
    }

    /** Signed with {@code algorithm} ({@link #RSA_SHA1} as real SUNAT samples, or {@link #RSA_SHA256}). */
    public static byte[] sign(String xml, String algorithm) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element content = (Element) doc.getElementsByTagNameNS(EXT, "ExtensionContent").item(0);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = TestInvoices.class.getResourceAsStream("issuer-test.p12")) {
                ks.load(in, "issuer-test".toCharArray());
            }
            PrivateKey key = (PrivateKey) ks.getKey("issuer", "issuer-test".toCharArray());
            X509Certificate cert = (X509Certificate) ks.getCertificate("issuer");
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            String digest = RSA_SHA1.equals(algorithm) ? DigestMethod.SHA1 : DigestMethod.SHA256;
            Reference ref = f.newReference("", f.newDigestMethod(digest, null),
                    List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)), null, null);
            SignedInfo info = f.newSignedInfo(f.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE,
                    (C14NMethodParameterSpec) null), f.newSignatureMethod(algorithm, (SignatureMethodParameterSpec) null), List.of(ref));
            KeyInfoFactory kif = f.getKeyInfoFactory();
            DOMSignContext ctx = new DOMSignContext(key, content);
            ctx.setDefaultNamespacePrefix("ds");
            f.newXMLSignature(info, kif.newKeyInfo(List.of(kif.newX509Data(List.of(cert)))), null, "SignatureSP", null).sign(ctx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("test signer", e);
        }
    }

    /** A zip holding one entry. */
    public static byte[] zip(String entryName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What a client reads from a CDR zip: the first {@code *.xml} entry (SUNAT may put a {@code dummy/} folder first). */
    public record Cdr(String entryName, String responseCode, String description, String referenceId, List<String> notes,
                      Document document, byte[] xml) {
    }

    public static Cdr readCdr(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory() && e.getName().endsWith(".xml")) {
                    byte[] xml = in.readAllBytes();
                    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                    dbf.setNamespaceAware(true);
                    Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
                    List<String> notes = new ArrayList<>();
                    NodeList n = doc.getDocumentElement().getChildNodes();
                    for (int i = 0; i < n.getLength(); i++) {
                        if (n.item(i) instanceof Element el && "Note".equals(el.getLocalName()) && CBC.equals(el.getNamespaceURI())) {
                            notes.add(el.getTextContent());
                        }
                    }
                    return new Cdr(e.getName(), first(doc, "ResponseCode"), first(doc, "Description"),
                            first(doc, "ReferenceID"), notes, doc, xml);
                }
            }
            throw new IllegalStateException("no XML in the CDR zip");
        } catch (Exception ex) {
            throw new IllegalStateException("cannot read the CDR", ex);
        }
    }

    private static String first(Document doc, String local) {
        NodeList n = doc.getElementsByTagNameNS(CBC, local);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    private static String resource(String name) {
        try (InputStream in = TestInvoices.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
