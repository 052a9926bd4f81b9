package pe.colca.invoicing.internal;

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
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.settings.Settings;

/**
 * The safety net of the nudges and the clock of the retries: every {@code invoicing.send.sweep_seconds}
 * (checked every 2 s, so a changed setting applies at once; the pass runs asynchronously, so a long
 * one never holds the timer) hands the claimable documents to the
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

    @Resource
    private SessionContext context;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastPass = Instant.EPOCH;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "SUNAT document sending sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        try {
            if (Instant.now().isBefore(lastPass.plus(settings.duration(SendPolicy.SWEEP)))
                    || !running.compareAndSet(false, true)) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SUNAT sending sweep cannot read its interval; the next tick retries", e);
            return;
        }
        lastPass = Instant.now();
        try {
            context.getBusinessObject(DocumentSendSweep.class).pass();
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    /** One pass over the claimable documents, off the timer's thread. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void pass() {
        try {
            SendRun run = sender.sendDue();
            if (run.handled() > 0) {
                LOG.info("SUNAT sending sweep: " + run);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SUNAT sending sweep failed; the next pass retries", e);
        } finally {
            lastPass = Instant.now();
            running.set(false);
        }
    }
}
