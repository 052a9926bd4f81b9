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
 * Every hour at minute 20 (Lima), alerts documents close to or past their SUNAT deadline
 * ({@link DeadlineAlerts}). Not persistent: a missed run is caught by the next one, and nodes running at
 * once alert each document once per threshold (the alert rows are unique).
 */
@Singleton
@PermitAll
public class DeadlineAlertTimer {

    private static final Logger LOG = Logger.getLogger(DeadlineAlertTimer.class.getName());

    @EJB
    private DeadlineAlerts alerts;

    @Schedule(hour = "*", minute = "20", timezone = "America/Lima", persistent = false,
            info = "invoicing deadline alerts")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        try {
            int alerted = alerts.announce(Instant.now());
            if (alerted > 0) {
                LOG.info("deadline alerts: " + alerted + " document" + (alerted == 1 ? "" : "s"));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deadline alerts failed; the next run retries", e);
        }
    }
}
