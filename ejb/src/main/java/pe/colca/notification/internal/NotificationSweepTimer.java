package pe.colca.notification.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.notification.DeliveryRun;

/**
 * Every minute, hands the due {@code PENDING} notifications to the dispatcher: the safety net of the
 * nudges (a nudge lost to a broker outage or a crash after the commit, a retry whose time came). Not
 * persistent: a missed run is simply done by the next one, and several nodes sweeping at once never
 * deliver the same row twice (the dispatcher claims rows with SKIP LOCKED).
 */
@Singleton
@PermitAll
public class NotificationSweepTimer {

    private static final Logger LOG = Logger.getLogger(NotificationSweepTimer.class.getName());

    @EJB
    private NotificationDispatcher dispatcher;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "notification delivery sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            DeliveryRun run = dispatcher.deliverDue();
            if (run.sent() + run.retrying() + run.failed() > 0) {
                LOG.info("notification sweep: " + run);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification sweep failed; the next run retries", e);
        }
    }
}
