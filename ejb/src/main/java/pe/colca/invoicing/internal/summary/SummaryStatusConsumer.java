package pe.colca.invoicing.internal.summary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Consumes the nudges on {@code sunat.status} ({@code {"summaryIds":[..]}}) and moves each summary a step
 * ({@link SummaryTickets#advance}: send, or poll the ticket); when the ticket is still in process, nudges
 * it again delayed by its backoff. A message without {@code summaryIds} is not a summary's and is left to
 * whoever else listens (dropped with a line in the log). A failure of the database is rethrown so the
 * broker redelivers it and finally parks it in {@code sunat.status.dlq}; the minute sweep covers it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/sunat.status"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "summaryIds IS NOT NULL")
})
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SummaryStatusConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(SummaryStatusConsumer.class.getName());

    @EJB
    private SummaryTickets tickets;

    @EJB
    private SummaryNudge nudge;

    @Override
    public void onMessage(Message message) {
        List<Long> ids;
        try {
            ids = SummaryNudge.MESSAGE.ids(message instanceof TextMessage text ? text.getText() : null);
        } catch (IllegalArgumentException | JMSException e) {
            LOG.warning("dropped a message on sunat.status that is not a summary nudge: " + e.getMessage());
            return;
        }
        for (long id : ids) {
            Instant next = tickets.advance(id);
            if (next != null) {
                nudge.sendLater(id, Duration.between(Instant.now(), next));
            }
        }
    }
}
