package pe.colca.notification.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.logging.Logger;

/**
 * Consumes the nudges on {@code notification.outbound} and hands their ids to the
 * {@link NotificationDispatcher}, which re-reads every row (so a redelivered, duplicated or stale
 * nudge delivers nothing twice). A message that is not a nudge is logged and dropped: retrying it
 * cannot help, and the sweep covers every pending row anyway. Any other failure (the database is
 * down) is rethrown, so the broker redelivers the nudge and finally moves it to
 * {@code notification.outbound.dlq} (wildfly-config/20-configure-messaging.cli).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup",
                propertyValue = "java:/jms/queue/notification.outbound"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@PermitAll
public class NotificationNudgeConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationNudgeConsumer.class.getName());

    @EJB
    private NotificationDispatcher dispatcher;

    @Override
    public void onMessage(Message message) {
        List<Long> ids;
        try {
            ids = NudgeMessage.ids(message instanceof TextMessage text ? text.getText() : null);
        } catch (IllegalArgumentException | JMSException e) {
            LOG.warning("dropped a message on notification.outbound that is not a nudge: " + e.getMessage());
            return;
        }
        dispatcher.deliver(ids);
    }
}
