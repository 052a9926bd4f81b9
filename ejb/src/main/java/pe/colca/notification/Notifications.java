package pe.colca.notification;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The notification outbox: the port other areas call to notify staff or customers.
 *
 * <p>{@link #enqueue} must run inside the caller's business transaction (it refuses to run without
 * one): it writes one {@code PENDING} {@code notifications} row per recipient in that transaction, so
 * the notification exists exactly when the business change commits (a rolled-back sale notifies
 * nobody). Delivery is driven from the rows: after the commit a small JMS nudge on
 * {@code notification.outbound} (sent without XA; a broker failure is logged, never thrown, and never
 * undoes the business change) and a periodic sweep of the due {@code PENDING} rows hand them to the
 * {@link NotificationSender} of their channel. A crash or a broker outage can delay a notification,
 * never lose it. See docs/conventions.md, "Notification outbox".
 */
@Local
public interface Notifications {

    /**
     * Writes the {@code PENDING} notifications of {@code request}, one per recipient (a user named
     * explicitly and also holding the permission is notified once).
     *
     * @return the ids of the rows written, empty when no recipient was found
     */
    List<Long> enqueue(NotificationRequest request);
}
