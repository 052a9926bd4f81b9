package pe.colca.invoicing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.invoicing.Company;
import pe.colca.notification.NotificationChannel;
import pe.colca.notification.NotificationRequest;
import pe.colca.notification.Notifications;
import pe.colca.notification.Recipients;
import pe.colca.settings.Settings;

/**
 * Announces a company's certificate expiry {@code invoicing.certificate.alert_days} (30) days ahead: one
 * {@code CERTIFICATE_EXPIRING} notification (e-mail and in-app) to the staff holding
 * {@code sunat.company.edit}, written to the notification outbox in the same transaction that marks the
 * certificate as announced, so it is sent once per certificate (a new upload re-arms it). Run daily by
 * {@link CertificateExpiryTimer}.
 */
@Stateless
@PermitAll
public class CertificateExpiryAlerts {

    static final String TYPE = "CERTIFICATE_EXPIRING";
    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    @EJB
    private Notifications notifications;

    /** Announces every certificate expiring within the alert window of {@code now}; returns how many. */
    public int announce(Instant now) {
        Instant horizon = now.plus(Duration.ofDays(settings.integer("invoicing.certificate.alert_days")));
        List<Company> due = em.createQuery("SELECT c FROM Company c WHERE c.active = true"
                        + " AND c.certificateValidUntil IS NOT NULL AND c.certificateValidUntil <= :horizon"
                        + " AND (c.certificateAlertedFor IS NULL OR c.certificateAlertedFor <> c.certificateValidUntil)"
                        + " ORDER BY c.id", Company.class)
                .setParameter("horizon", horizon)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Company company : due) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("companyId", company.getId());
            payload.put("ruc", company.getRuc());
            payload.put("legalName", company.getRazonSocial());
            payload.put("subject", company.getCertificateSubject());
            payload.put("validUntil", LocalDate.ofInstant(company.getCertificateValidUntil(), LIMA).toString());
            payload.put("daysLeft", Math.max(0, Duration.between(now, company.getCertificateValidUntil()).toDays()));
            for (NotificationChannel channel : List.of(NotificationChannel.EMAIL, NotificationChannel.IN_APP)) {
                notifications.enqueue(NotificationRequest.of(TYPE, channel, "invoicing.certificate_expiring", payload,
                        Recipients.staffWithPermission("sunat.company.edit")));
            }
            company.expiryAlerted();
        }
        return due.size();
    }
}
