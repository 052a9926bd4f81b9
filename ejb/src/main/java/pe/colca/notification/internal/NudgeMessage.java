package pe.colca.notification.internal;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.util.Collection;
import java.util.List;
import pe.colca.common.IdsNudge;

/**
 * The body of a nudge on {@code notification.outbound}: {@code {"notificationIds":[..]}} (a text
 * message; the same ids, comma separated, in the {@code notificationIds} property). See
 * {@link IdsNudge}.
 */
final class NudgeMessage {

    static final String IDS_PROPERTY = "notificationIds";
    private static final IdsNudge NUDGE = new IdsNudge(IDS_PROPERTY);

    private NudgeMessage() {
    }

    static String body(Collection<Long> ids) {
        return NUDGE.body(ids);
    }

    static String property(Collection<Long> ids) {
        return IdsNudge.joined(ids);
    }

    static boolean send(ConnectionFactory factory, Queue queue, Collection<Long> ids) {
        return NUDGE.send(factory, queue, ids);
    }

    /** The ids of a body; refused with {@link IllegalArgumentException} when it is not a nudge. */
    static List<Long> ids(String body) {
        return NUDGE.ids(body);
    }
}
