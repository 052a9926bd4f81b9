package pe.colca.notification;

/**
 * Delivers notifications of one channel (e-mail, SMS, ...): the seam the senders plug into. A CDI
 * bean (e.g. {@code @ApplicationScoped}) implementing this interface is found by the dispatcher of the
 * notification area; one sender per channel. Until a channel has a sender its notifications stay
 * {@code PENDING}.
 *
 * <p>{@link #send} runs inside a transaction of its own that holds the notification's row lock; it
 * reports a failed attempt by throwing any runtime exception (the dispatcher then rolls that
 * transaction back, counts the attempt and retries later, until the notification is {@code FAILED}).
 * Returning normally means delivered: the dispatcher marks the row {@code SENT}. Do not change the
 * notification. Delivery is at least once: a crash between the send and the commit sends it again.
 */
public interface NotificationSender {

    /** The channel this sender serves. */
    NotificationChannel channel();

    /** Delivers {@code notification}; throws when this attempt failed. */
    void send(Notification notification);
}
