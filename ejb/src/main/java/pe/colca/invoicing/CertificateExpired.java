package pe.colca.invoicing;

import java.time.LocalDate;
import pe.colca.common.BusinessException;

/**
 * The company's signing certificate is outside its validity (expired, or not valid yet): nothing is
 * signed with it (HTTP 422 {@code certificate-expired}); SUNAT would reject the document with 2325–2328.
 */
public class CertificateExpired extends BusinessException {

    private static final long serialVersionUID = 1L;

    private CertificateExpired(String key, String subject, LocalDate date) {
        super(Kind.RULE, "certificate-expired", key, subject, date.toString());
    }

    public static CertificateExpired expired(String subject, LocalDate notAfter) {
        return new CertificateExpired("invoicing.certificate.expired", subject, notAfter);
    }

    public static CertificateExpired notYetValid(String subject, LocalDate notBefore) {
        return new CertificateExpired("invoicing.certificate.notYetValid", subject, notBefore);
    }
}
