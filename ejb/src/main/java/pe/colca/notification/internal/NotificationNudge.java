package pe.colca.notification.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.util.List;

/**
 * Sends the nudge of committed notifications on {@code notification.outbound}: called after the
 * business transaction committed, outside any transaction, on the broker's plain in-VM connection
 * factory ({@code java:/ConnectionFactory}: no XA, no enlistment, the message is sent when
 * {@code send} returns). The nudge is an optimization (delivery within a second instead of at the
 * next sweep): when the broker refuses or is down, one WARN line is logged and nothing is thrown,
 * because the rows are already committed and the sweep will deliver them.
 */
@Stateless
@PermitAll
public class NotificationNudge {

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/notification.outbound")
    private Queue outbound;

    /** @return whether the broker took the nudge */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean send(List<Long> notificationIds) {
        return NudgeMessage.send(connectionFactory, outbound, notificationIds);
    }
}
