package pe.colca.invoicing.sunat;

import java.util.Arrays;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;

/**
 * The XMLDSig algorithm pair of Colca's signatures, chosen by the setting
 * {@code invoicing.signature.algorithm} ({@code rsa-sha256} by default; sunat.md §5: the JDK refuses to
 * validate rsa-sha1 under secure validation, SUNAT accepts either).
 */
public enum SignatureAlgorithm {
    RSA_SHA256("rsa-sha256", SignatureMethod.RSA_SHA256, DigestMethod.SHA256, "SHA256withRSA"),
    RSA_SHA512("rsa-sha512", SignatureMethod.RSA_SHA512, DigestMethod.SHA512, "SHA512withRSA"),
    RSA_SHA1("rsa-sha1", SignatureMethod.RSA_SHA1, DigestMethod.SHA1, "SHA1withRSA");

    /** The name of the setting that chooses it. */
    public static final String SETTING = "invoicing.signature.algorithm";

    private final String settingValue;
    private final String signatureUri;
    private final String digestUri;
    private final String jcaName;

    SignatureAlgorithm(String settingValue, String signatureUri, String digestUri, String jcaName) {
        this.settingValue = settingValue;
        this.signatureUri = signatureUri;
        this.digestUri = digestUri;
        this.jcaName = jcaName;
    }

    public String settingValue() {
        return settingValue;
    }

    public String signatureUri() {
        return signatureUri;
    }

    public String digestUri() {
        return digestUri;
    }

    /** The JCA name of the bare signature ({@code SHA256withRSA}). */
    public String jcaName() {
        return jcaName;
    }

    /** The algorithm of a setting value; an unknown value is a configuration error. */
    public static SignatureAlgorithm fromSetting(String value) {
        return Arrays.stream(values()).filter(a -> a.settingValue.equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("setting " + SETTING + " must be one of rsa-sha256, "
                        + "rsa-sha512, rsa-sha1; it is " + value));
    }
}
