package pe.colca.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.invoicing.internal.CertificateExpiryAlerts;
import pe.colca.invoicing.sunat.SignatureAlgorithm;
import pe.colca.invoicing.sunat.SigningCredentials;
import pe.colca.testing.Companies;
import pe.colca.testing.DemoUser;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;

/**
 * Inside WildFly: a company's certificate uploaded through the service is read back decrypted for
 * signing (CompanyCredentials), its expiry is announced once to the staff holding sunat.company.edit
 * within the alert window (invoicing.certificate.alert_days, 30), and an expired PKCS#12 is refused.
 */
class CertificateAlertsIT extends InContainerIntegration {

    @Test
    @DisplayName("upload, decrypt for signing, one CERTIFICATE_EXPIRING alert per certificate inside the 30-day window")
    void expiryAlertOncePerCertificate() throws Exception {
        TestData data = data();
        CompanyService companies = lookup("DefaultCompanyService", CompanyService.class);
        CompanyCredentials credentials = lookup("DefaultCompanyCredentials", CompanyCredentials.class);
        CertificateExpiryAlerts alerts = lookup("CertificateExpiryAlerts", CertificateExpiryAlerts.class);
        String ruc = Companies.newRuc();
        Company created = as(DemoUser.ADMIN, () -> companies.create(new CompanyData(ruc, "Alertas " + ruc, null, null,
                "150101", SunatEndpoint.SIMULATOR, null, true)));
        Company withCert = as(DemoUser.ADMIN, () -> companies.uploadCertificate(created.getId(), created.getVersion(),
                "cert.p12", Companies.p12("test-signer.p12"), Companies.P12_PASSWORD));

        SigningCredentials signing = credentials.signing(withCert.getId());
        assertEquals(withCert.getCertificateSerial(), signing.info().serialHex());
        assertEquals(SignatureAlgorithm.RSA_SHA256, credentials.algorithm());

        String count = "SELECT count(*) FROM notifications WHERE notification_type = 'CERTIFICATE_EXPIRING'"
                + " AND payload->>'ruc' = ?";
        Instant validUntil = withCert.getCertificateValidUntil();
        transaction().begin();
        alerts.announce(validUntil.minus(Duration.ofDays(40)));
        transaction().commit();
        assertEquals(0, data.number(count, ruc), "40 days ahead: outside the window");

        transaction().begin();
        alerts.announce(validUntil.minus(Duration.ofDays(10)));
        transaction().commit();
        long sent = data.number(count, ruc);
        assertTrue(sent >= 2, "e-mail and in-app to the staff holding sunat.company.edit: " + sent);

        transaction().begin();
        alerts.announce(validUntil.minus(Duration.ofDays(5)));
        transaction().commit();
        assertEquals(sent, data.number(count, ruc), "announced once per certificate");

        Company current = as(DemoUser.ADMIN, () -> companies.get(created.getId()));
        assertThrows(CertificateExpired.class, () -> as(DemoUser.ADMIN, () -> companies.uploadCertificate(
                current.getId(), current.getVersion(), "old.p12", Companies.p12("expired-signer.p12"), Companies.P12_PASSWORD)));
    }
}
