package pe.colca.notification.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import pe.colca.notification.DeliveryRun;
import pe.colca.notification.Notification;
import pe.colca.notification.NotificationChannel;
import pe.colca.notification.NotificationSender;
import pe.colca.notification.NotificationStatus;

/**
 * Hands due {@code PENDING} notifications to the {@link NotificationSender} of their channel; used by
 * the nudge consumer (the ids of one nudge) and by the sweep (every due row).
 *
 * <p>Each notification is delivered in a transaction of its own that first claims the row with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} (re-checking that it is still {@code PENDING} and due):
 * the consumer and the sweep, or two nodes, never deliver the same row at once, and a notification
 * already sent is never sent again by a late or duplicated nudge. One transaction per row rather
 * than per batch: a failure or a slow sender never rolls back the {@code SENT} state of the
 * notifications delivered before it (which would send them twice).
 *
 * <p>No sender for the channel: the row stays {@code PENDING} untouched (logged at FINE/DEBUG; the
 * senders come with the notifications issue). A sender that throws: the delivery transaction is
 * rolled back, then the failed attempt is recorded in a new one ({@code retry_count + 1}, next try
 * after {@link #retryDelay}); after {@link #MAX_ATTEMPTS} failed attempts the row is {@code FAILED}.
 */
@Stateless
@PermitAll
public class NotificationDispatcher {

    /** Failed attempts after which a notification is {@code FAILED} (a constant until settings own it). */
    static final int MAX_ATTEMPTS = 5;
    static final int BATCH = 200;
    private static final String DUE = "status = 'PENDING' AND (scheduled_for IS NULL OR scheduled_for <= now())";
    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    /** What happened to one notification. */
    public enum Outcome { SENT, RETRYING, FAILED, NO_SENDER, SKIPPED, ATTEMPT_FAILED }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    @Any
    private Instance<NotificationSender> senders;

    /** The notifications of a nudge (ids unknown, already delivered or not due yet are skipped). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryRun deliver(Collection<Long> ids) {
        NotificationDispatcher self = context.getBusinessObject(NotificationDispatcher.class);
        Counter counter = new Counter();
        for (Long id : ids) {
            counter.add(self.deliverOne(id));
        }
        return counter.run();
    }

    /**
     * Every due {@code PENDING} notification of a channel that has a sender, in id order and batches;
     * the due notifications of channels without one are only counted.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryRun deliverDue() {
        NotificationDispatcher self = context.getBusinessObject(NotificationDispatcher.class);
        Map<NotificationChannel, NotificationSender> served = served();
        Counter counter = new Counter();
        List<String> unserved = Arrays.stream(NotificationChannel.values())
                .filter(c -> !served.containsKey(c)).map(Enum::name).toList();
        if (!unserved.isEmpty()) {
            long waiting = ((Number) em.createNativeQuery("SELECT count(*) FROM notifications WHERE " + DUE
                    + " AND channel IN (:channels)").setParameter("channels", unserved).getSingleResult()).longValue();
            counter.waitingForSender += (int) Math.min(Integer.MAX_VALUE, waiting);
            if (waiting > 0) {
                LOG.fine(waiting + " due notification(s) wait for a sender of their channel " + unserved);
            }
        }
        if (served.isEmpty()) {
            return counter.run();
        }
        List<String> channels = served.keySet().stream().map(Enum::name).toList();
        long after = 0;
        while (true) {
            List<?> batch = em.createNativeQuery("SELECT id FROM notifications WHERE " + DUE
                            + " AND channel IN (:channels) AND id > :after ORDER BY id LIMIT :n")
                    .setParameter("channels", channels).setParameter("after", after).setParameter("n", BATCH)
                    .getResultList();
            for (Object row : batch) {
                after = ((Number) row).longValue();
                counter.add(self.deliverOne(after));
            }
            if (batch.size() < BATCH) {
                return counter.run();
            }
        }
    }

    /** One notification: claimed, sent and marked in one transaction; a failed attempt recorded after. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome deliverOne(long id) {
        NotificationDispatcher self = context.getBusinessObject(NotificationDispatcher.class);
        Outcome outcome = self.attempt(id);
        return outcome == Outcome.ATTEMPT_FAILED ? self.recordFailedAttempt(id) : outcome;
    }

    /** Claims the row (skipping it when another transaction holds it) and hands it to its sender. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome attempt(long id) {
        if (claim(id, true) == null) {
            return Outcome.SKIPPED;
        }
        Notification notification = em.find(Notification.class, id);
        Optional<NotificationSender> sender = Optional.ofNullable(served().get(notification.getChannel()));
        if (sender.isEmpty()) {
            LOG.fine("notification " + id + " waits for a sender of channel " + notification.getChannel());
            return Outcome.NO_SENDER;
        }
        try {
            sender.get().send(notification);
        } catch (RuntimeException e) {
            LOG.warning("notification " + id + " (" + notification.getChannel() + ", attempt "
                    + (notification.getRetryCount() + 1) + ") not delivered: " + e);
            context.setRollbackOnly();
            return Outcome.ATTEMPT_FAILED;
        }
        notification.markSent(Instant.now());
        return Outcome.SENT;
    }

    /** Counts a failed attempt: retried after a growing delay, {@code FAILED} after the last one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome recordFailedAttempt(long id) {
        if (claim(id, false) == null) {
            return Outcome.SKIPPED;
        }
        Notification notification = em.find(Notification.class, id);
        Instant retryAt = Instant.now().plus(retryDelay(notification.getRetryCount() + 1));
        notification.recordFailedAttempt(MAX_ATTEMPTS, retryAt);
        return notification.getStatus() == NotificationStatus.FAILED ? Outcome.FAILED : Outcome.RETRYING;
    }

    /** 1, 2, 4, 8 ... minutes after the n-th failed attempt, at most an hour. */
    static Duration retryDelay(int failedAttempts) {
        int exponent = Math.max(0, Math.min(failedAttempts - 1, 6));
        return Duration.ofMinutes(Math.min(60, 1L << exponent));
    }

    private Object claim(long id, boolean dueOnly) {
        List<?> row = em.createNativeQuery("SELECT id FROM notifications WHERE id = :id AND "
                        + (dueOnly ? DUE : "status = 'PENDING'") + " FOR UPDATE SKIP LOCKED")
                .setParameter("id", id).getResultList();
        return row.isEmpty() ? null : row.get(0);
    }

    /** The sender of each channel that has one (the first found when a channel has several). */
    private Map<NotificationChannel, NotificationSender> served() {
        Map<NotificationChannel, NotificationSender> served = new EnumMap<>(NotificationChannel.class);
        for (NotificationSender sender : senders) {
            served.putIfAbsent(sender.channel(), sender);
        }
        return served;
    }

    private static final class Counter {
        private int sent;
        private int retrying;
        private int failed;
        private int waitingForSender;
        private int skipped;

        void add(Outcome outcome) {
            switch (outcome) {
                case SENT -> sent++;
                case RETRYING -> retrying++;
                case FAILED -> failed++;
                case NO_SENDER -> waitingForSender++;
                default -> skipped++;
            }
        }

        DeliveryRun run() {
            return new DeliveryRun(sent, retrying, failed, waitingForSender, skipped);
        }
    }
}
