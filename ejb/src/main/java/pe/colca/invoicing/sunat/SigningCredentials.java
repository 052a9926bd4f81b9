package pe.colca.invoicing.sunat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Objects;
import pe.colca.invoicing.CertificateExpired;
import pe.colca.invoicing.CertificateUnreadable;

/**
 * The private key and certificate of a company, read from its PKCS#12 (sunat.md §5: the first alias
 * holding a private key with an X.509 certificate).
 */
public final class SigningCredentials {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private final PrivateKey key;
    private final X509Certificate certificate;

    public SigningCredentials(PrivateKey key, X509Certificate certificate) {
        this.key = Objects.requireNonNull(key, "key");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    /** Opens a PKCS#12; a wrong password or a file that is not one is {@link CertificateUnreadable}. */
    public static SigningCredentials fromPkcs12(byte[] pkcs12, char[] password) {
        if (pkcs12 == null || pkcs12.length == 0) {
            throw new CertificateUnreadable("empty");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate cert
                        && store.getKey(alias, password) instanceof PrivateKey key) {
                    if (!"RSA".equals(key.getAlgorithm())) {
                        throw new CertificateUnreadable("notRsa", key.getAlgorithm());
                    }
                    return new SigningCredentials(key, cert);
                }
            }
            throw new CertificateUnreadable("noKey");
        } catch (IOException e) {
            // PKCS12KeyStore reports a wrong password as an IOException caused by UnrecoverableKeyException
            throw new CertificateUnreadable("password");
        } catch (GeneralSecurityException e) {
            throw new CertificateUnreadable("other", String.valueOf(e.getMessage()));
        }
    }

    public PrivateKey key() {
        return key;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** What the companies screen shows of the certificate. */
    public CertificateInfo info() {
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
                certificate.getSerialNumber(), certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    }

    /** Refuses a certificate outside its validity at {@code now}. */
    public void requireValidAt(Instant now) {
        CertificateInfo info = info();
        if (now.isAfter(info.notAfter())) {
            throw CertificateExpired.expired(info.subject(), LocalDate.ofInstant(info.notAfter(), LIMA));
        }
        if (now.isBefore(info.notBefore())) {
            throw CertificateExpired.notYetValid(info.subject(), LocalDate.ofInstant(info.notBefore(), LIMA));
        }
    }

    /** Subject, serial number and validity of a signing certificate. */
    public record CertificateInfo(String subject, BigInteger serial, Instant notBefore, Instant notAfter) {
        /** The serial as SUNAT and the screens show it, in upper-case hex. */
        public String serialHex() {
            return serial.toString(16).toUpperCase(java.util.Locale.ROOT);
        }
    }
}
