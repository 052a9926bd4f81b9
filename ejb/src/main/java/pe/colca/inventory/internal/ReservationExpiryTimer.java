package pe.colca.inventory.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, releases the reservations whose TTL passed, so abandoned carts never keep stock
 * locked. Not persistent: a missed run is simply done by the next one, and the sweep itself is safe
 * when several nodes run it at once (SKIP LOCKED).
 */
@Singleton
@PermitAll
public class ReservationExpiryTimer {

    private static final Logger LOG = Logger.getLogger(ReservationExpiryTimer.class.getName());

    @EJB
    private ReservationSweep sweep;

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false, info = "inventory reservation expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void releaseExpired() {
        try {
            sweep.releaseAllExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reservation expiry sweep failed; the next run retries", e);
        }
    }
}
