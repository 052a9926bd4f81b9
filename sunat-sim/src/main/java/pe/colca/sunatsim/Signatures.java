package pe.colca.sunatsim;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * XMLDSig with the JDK's {@code javax.xml.crypto}: checking the enveloped signature of a received
 * document (2335) and signing the simulator's CDRs (rsa-sha256). Real SUNAT samples are signed with
 * rsa-sha1, which the JDK validates only with secure validation switched off: that is done for SHA-1
 * signatures only.
 */
final class Signatures {

    static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
    private static final String SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Signatures.class.getName());

    private Signatures() {
    }

    /**
     * Whether {@code doc} carries exactly one {@code ds:Signature} in {@code ext:UBLExtensions}, over the
     * whole document ({@code Reference URI=""}), that verifies with the public key of its X509 certificate.
     */
    static boolean verifies(Document doc) {
        NodeList signatures = doc.getElementsByTagNameNS(Xml.DS, "Signature");
        if (signatures.getLength() != 1) {
            return false;
        }
        Element signature = (Element) signatures.item(0);
        Element content = (Element) signature.getParentNode();
        if (!"ExtensionContent".equals(content.getLocalName()) || !Xml.EXT.equals(content.getNamespaceURI())) {
            return false;
        }
        try {
            DOMValidateContext ctx = new DOMValidateContext(new CertificateKeySelector(), signature);
            if (usesSha1(signature)) {
                // the JDK refuses SHA-1 already when reading the signature unless secure validation is off
                ctx.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
            }
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            XMLSignature sig = f.unmarshalXMLSignature(ctx);
            SignedInfo info = sig.getSignedInfo();
            if (info.getReferences().size() != 1 || !"".equals(((Reference) info.getReferences().get(0)).getURI())) {
                return false;
            }
            return sig.validate(ctx);
        } catch (Exception e) {
            LOG.fine(() -> "signature does not verify: " + e);
            return false;
        }
    }

    private static boolean usesSha1(Element signature) {
        for (String name : new String[] {"SignatureMethod", "DigestMethod"}) {
            NodeList n = signature.getElementsByTagNameNS(Xml.DS, name);
            for (int i = 0; i < n.getLength(); i++) {
                String algorithm = ((Element) n.item(i)).getAttribute("Algorithm");
                if (RSA_SHA1.equals(algorithm) || SHA1.equals(algorithm)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Signs {@code doc} enveloped, the signature as the only child of {@code parent} (ExtensionContent). */
    static void sign(Document doc, Element parent, String id, PrivateKey key, X509Certificate certificate) {
        try {
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            Reference ref = f.newReference("", f.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)), null, null);
            SignedInfo info = f.newSignedInfo(
                    f.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    f.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", null),
                    Collections.singletonList(ref));
            KeyInfoFactory kif = f.getKeyInfoFactory();
            KeyInfo keyInfo = kif.newKeyInfo(List.of(kif.newX509Data(List.of(certificate))));
            DOMSignContext ctx = new DOMSignContext(key, parent);
            ctx.setDefaultNamespacePrefix("ds");
            f.newXMLSignature(info, keyInfo, null, id, null).sign(ctx);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the CDR", e);
        }
    }

    /** The key of the first X509 certificate of the KeyInfo (SUNAT checks the certificate elsewhere). */
    private static final class CertificateKeySelector extends KeySelector {

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo == null) {
                throw new KeySelectorException("no KeyInfo");
            }
            for (Object o : keyInfo.getContent()) {
                if (o instanceof X509Data data) {
                    for (Object c : data.getContent()) {
                        if (c instanceof X509Certificate cert) {
                            PublicKey key = cert.getPublicKey();
                            return () -> (Key) key;
                        }
                    }
                }
            }
            throw new KeySelectorException("no X509Certificate in KeyInfo");
        }
    }
}
