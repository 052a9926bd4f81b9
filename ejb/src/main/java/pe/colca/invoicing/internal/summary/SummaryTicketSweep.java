package pe.colca.invoicing.internal.summary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, moves the due summaries a step (send the new and failed ones, poll the tickets whose
 * time came): the safety net of the {@code sunat.status} nudges — a nudge lost to a broker outage or a
 * restart. Not persistent: a missed run is done by the next; several nodes sweeping at once never work
 * on one summary together ({@link SummaryTickets#advance} claims it with SKIP LOCKED).
 */
@Singleton
@PermitAll
public class SummaryTicketSweep {

    private static final Logger LOG = Logger.getLogger(SummaryTicketSweep.class.getName());
    static final int BATCH = 100;

    @EJB
    private SummaryTickets tickets;

    @EJB
    private SummaryNudge nudge;

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false, info = "SUNAT summary ticket sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            int moved = run();
            if (moved > 0) {
                LOG.fine("summary sweep: " + moved + " summaries advanced");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "summary sweep failed; the next run retries", e);
        }
    }

    /** One pass over the due summaries; how many were advanced. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        int moved = 0;
        for (long id : tickets.due(BATCH)) {
            try {
                java.time.Instant next = tickets.advance(id);
                if (next != null) {
                    // the next step comes by a delayed nudge, not a minute later
                    nudge.sendLater(id, java.time.Duration.between(java.time.Instant.now(), next));
                }
                moved++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "summary " + id + " could not advance; the next sweep retries", e);
            }
        }
        return moved;
    }
}
