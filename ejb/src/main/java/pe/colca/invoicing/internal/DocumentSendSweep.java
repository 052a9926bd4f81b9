package pe.colca.invoicing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.settings.Settings;

/**
 * The safety net of the nudges and the clock of the retries: every {@code invoicing.send.sweep_seconds}
 * (checked every 2 s, so a changed setting applies at once) hands the claimable documents to the
 * {@link DocumentSender} — pending ones whose nudge was lost (broker outage, crash after the commit),
 * failed sends whose backoff ended, and documents left {@code SENT} by a node that died. Not persistent
 * (a missed run is done by the next one); one pass at a time per node; several nodes sweeping at once
 * never send a row twice (the claim skips locked rows).
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DocumentSendSweep {

    private static final Logger LOG = Logger.getLogger(DocumentSendSweep.class.getName());

    @EJB
    private DocumentSender sender;

    @EJB
    private Settings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastPass = Instant.EPOCH;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "SUNAT document sending sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Duration every = settings.duration(SendPolicy.SWEEP);
            if (Instant.now().isBefore(lastPass.plus(every))) {
                return;
            }
            lastPass = Instant.now();
            SendRun run = sender.sendDue();
            if (run.handled() > 0) {
                LOG.info("SUNAT sending sweep: " + run);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SUNAT sending sweep failed; the next pass retries", e);
        } finally {
            running.set(false);
        }
    }
}
