package pe.colca.invoicing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Daily at 07:05 Lima, announces certificates close to expiry ({@link CertificateExpiryAlerts}). Not
 * persistent: a missed day is caught by the next run (the window is 30 days), and two nodes running at
 * once announce each certificate once (the rows are locked and marked).
 */
@Singleton
@PermitAll
public class CertificateExpiryTimer {

    private static final Logger LOG = Logger.getLogger(CertificateExpiryTimer.class.getName());

    @EJB
    private CertificateExpiryAlerts alerts;

    @Schedule(hour = "7", minute = "5", timezone = "America/Lima", persistent = false,
            info = "invoicing certificate expiry alerts")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        try {
            int announced = alerts.announce(Instant.now());
            if (announced > 0) {
                LOG.info("certificate expiry alerts: " + announced + " compan" + (announced == 1 ? "y" : "ies"));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "certificate expiry alerts failed; the next run retries", e);
        }
    }
}
