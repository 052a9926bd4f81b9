package pe.colca.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the sealer runs: every 5 seconds (not persistent: a missed run is the next one's work) and
 * soon after a transaction that wrote audit rows commits ({@link #nudge}, called by
 * {@link DefaultAuditTrail}'s after-commit synchronization). Nudges are coalesced: while a sealing
 * pass is queued, further nudges add nothing, so a burst of commits on the hot paths costs one pass,
 * not one per commit. Nothing here ever throws into a business call.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealSchedule {

    private static final Logger LOG = Logger.getLogger(AuditSealSchedule.class.getName());

    private final AtomicBoolean queued = new AtomicBoolean();

    @EJB
    private AuditSealer sealer;

    @Resource
    private SessionContext context;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "audit chain sealer")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyFewSeconds() {
        seal();
    }

    /** Asks for a sealing pass soon (after a commit); returns at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nudge() {
        if (queued.compareAndSet(false, true)) {
            try {
                context.getBusinessObject(AuditSealSchedule.class).sealSoon();
            } catch (RuntimeException e) {
                queued.set(false);
                LOG.log(Level.FINE, "audit seal nudge not queued; the timer seals within seconds", e);
            }
        }
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sealSoon() {
        queued.set(false); // a commit from now on queues another pass
        seal();
    }

    private void seal() {
        try {
            sealer.sealUnlessBusy();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit chain sealing failed; the next run retries", e);
        }
    }
}
