package pe.colca.invoicing.internal.summary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import pe.colca.common.IdsNudge;

/**
 * Tells {@code sunat.status} that summaries have something to do: {@code {"summaryIds":[..]}}, sent
 * after the commit outside any transaction, optionally delayed (JMS 2.0 delivery delay) by the ticket's
 * backoff. Only a nudge: the summary's state and next poll time are in the database and the minute
 * sweep finds every due one, so a lost nudge only delays it.
 */
@Stateless
@PermitAll
public class SummaryNudge {

    /** JSON member and message property of the nudge. */
    public static final IdsNudge MESSAGE = new IdsNudge("summaryIds");
    private static final Logger LOG = Logger.getLogger(SummaryNudge.class.getName());

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/sunat.status")
    private Queue status;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean send(List<Long> summaryIds) {
        return MESSAGE.send(connectionFactory, status, summaryIds);
    }

    /** A nudge delivered after {@code delay} (the backoff of a ticket still in process). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean sendLater(long summaryId, Duration delay) {
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            jms.createProducer().setDeliveryDelay(Math.max(0, delay.toMillis()))
                    .setProperty(MESSAGE.property(), Long.toString(summaryId))
                    .send(status, MESSAGE.body(List.of(summaryId)));
            return true;
        } catch (RuntimeException e) {
            LOG.warning("nudge of summary " + summaryId + " not sent (" + e + "); the sweep polls it");
            return false;
        }
    }
}
