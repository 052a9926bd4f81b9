package pe.colca.invoicing.sunat;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Signs a UBL document as SUNAT expects (sunat.md §5): an enveloped XMLDSig, the only child of
 * {@code ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent}, {@code Id} {@link UblWriter#SIGNATURE_ID},
 * inclusive C14N, one {@code Reference URI=""} with the enveloped transform, {@code KeyInfo/X509Data} with the
 * certificate; with the JDK's {@code javax.xml.crypto}. The bytes are serialized once, without
 * indentation, and must never be touched again (SUNAT 2335 "documento alterado"). Thread-safe.
 */
public final class XmlSigner {

    private static final ThreadLocal<XMLSignatureFactory> FACTORY =
            ThreadLocal.withInitial(() -> XMLSignatureFactory.getInstance("DOM"));

    /** A signed document: its bytes (UTF-8) and the hash ({@code ds:DigestValue}, base64) stored as {@code hash_cpe}. */
    public record SignedXml(byte[] xml, String hash) {
    }

    /**
     * Signs {@code dom} in place and serializes it.
     *
     * @throws pe.colca.invoicing.CertificateExpired when the certificate is not valid at {@code now}
     */
    public SignedXml sign(Document dom, SigningCredentials credentials, SignatureAlgorithm algorithm, Instant now) {
        credentials.requireValidAt(now);
        NodeList contents = dom.getElementsByTagNameNS(UblNamespaces.EXT, "ExtensionContent");
        if (contents.getLength() == 0) {
            throw new IllegalArgumentException("the document has no ext:ExtensionContent for the signature");
        }
        Element content = (Element) contents.item(contents.getLength() - 1);
        try {
            XMLSignatureFactory fac = FACTORY.get();
            Reference reference = fac.newReference("", fac.newDigestMethod(algorithm.digestUri(), null),
                    List.of(fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)), null, null);
            SignedInfo signedInfo = fac.newSignedInfo(
                    fac.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    fac.newSignatureMethod(algorithm.signatureUri(), null), List.of(reference));
            KeyInfoFactory keys = fac.getKeyInfoFactory();
            KeyInfo keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(credentials.certificate()))));
            XMLSignature signature = fac.newXMLSignature(signedInfo, keyInfo, null, UblWriter.SIGNATURE_ID, null);
            DOMSignContext context = new DOMSignContext(credentials.key(), content);
            context.setDefaultNamespacePrefix("ds");
            signature.sign(context);
            String hash = Base64.getEncoder().encodeToString(reference.getDigestValue());
            return new SignedXml(serialize(dom), hash);
        } catch (java.security.GeneralSecurityException | javax.xml.crypto.MarshalException
                 | javax.xml.crypto.dsig.XMLSignatureException e) {
            throw new IllegalStateException("the document could not be signed: " + e.getMessage(), e);
        }
    }

    /** The DOM as UTF-8 bytes, with the XML declaration and without indentation ({@link XmlBytes}). */
    public static byte[] serialize(Document dom) {
        return XmlBytes.of(dom);
    }
}
