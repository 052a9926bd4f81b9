package pe.colca.invoicing.internal;

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
import java.util.List;
import java.util.logging.Logger;

/**
 * Consumes the nudges on {@code sunat.outbound} ({@code {"documentIds":[..]}}, sent after a sale commits)
 * and hands their ids to the {@link DocumentSender}, which claims each row (so a redelivered or
 * duplicated nudge, or one for a document already accepted, sends nothing). SUNAT's own failures never
 * come back here: the sender keeps them in the row (backoff in {@code next_attempt_at}, then "needs
 * attention" and {@code sunat.outbound.dlq}) and the sweep retries, because JMS redelivery would retry
 * at the broker's pace and lose the count on a restart. Only a system failure (the database is down) is
 * rethrown: the broker redelivers the nudge (wildfly-config/20-configure-messaging.cli: 10 times, from 5 s
 * doubling) and then moves it to the dead-letter queue — and the sweep still finds the rows. A message
 * that is not a nudge is logged and dropped. Not transacted (NOT_SUPPORTED): the network call must not
 * run inside a transaction, and the nudge is acknowledged only when {@code onMessage} returns.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/sunat.outbound"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SunatOutboundConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(SunatOutboundConsumer.class.getName());

    @EJB
    private DocumentSender sender;

    @Override
    public void onMessage(Message message) {
        List<Long> ids;
        try {
            ids = DocumentNudge.MESSAGE.ids(message instanceof TextMessage text ? text.getText() : null);
        } catch (IllegalArgumentException | JMSException e) {
            LOG.warning("dropped a message on sunat.outbound that is not a nudge: " + e.getMessage());
            return;
        }
        sender.send(ids);
    }
}
