package pe.colca.invoicing;

import pe.colca.common.BusinessException;

/**
 * The uploaded PKCS#12 cannot be opened (wrong password, not a PKCS#12, no private key with an RSA
 * certificate): HTTP 400 {@code certificate-unreadable}; nothing is stored.
 */
public class CertificateUnreadable extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** @param reason {@code password} (wrong password or not a PKCS#12), {@code empty}, {@code noKey}, {@code notRsa}, {@code other} */
    public CertificateUnreadable(String reason, Object... args) {
        super(Kind.INVALID, "certificate-unreadable", "invoicing.certificate.unreadable." + reason, args);
    }
}
