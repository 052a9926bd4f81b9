package pe.colca.inventory.count.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, asks {@link FullSnapshot} whether the daily audit snapshot is due (its time is a
 * system setting, so the schedule cannot be a fixed {@code @Schedule} expression) and writes it
 * when it is. Not persistent: the check itself makes a missed minute harmless.
 */
@Singleton
@PermitAll
public class SnapshotTimer {

    private static final Logger LOG = Logger.getLogger(SnapshotTimer.class.getName());

    @EJB
    private FullSnapshot snapshot;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "inventory daily snapshot")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void check() {
        try {
            snapshot.takeScheduledIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "daily inventory snapshot failed; the next minute retries", e);
        }
    }
}
