package pe.colca.notification.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pe.colca.common.AfterCommit;
import pe.colca.notification.Notification;
import pe.colca.notification.NotificationRequest;
import pe.colca.notification.Notifications;
import pe.colca.notification.Recipients;
import pe.colca.security.UserDirectory;

/**
 * The outbox: rows in the caller's transaction ({@code MANDATORY}: an enqueue outside a business
 * transaction is a programming error, refused at once), then one nudge per transaction after it
 * committed. The ids of every enqueue of one transaction are collected in the transaction's
 * resources and announced once ({@link AfterCommit}); nothing is sent for a transaction that rolled
 * back (its rows do not exist).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultNotifications implements Notifications {

    private static final String PENDING_NUDGE = DefaultNotifications.class.getName() + ".nudge";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @EJB
    private UserDirectory directory;

    @EJB
    private NotificationNudge nudge;

    @Override
    public List<Long> enqueue(NotificationRequest request) {
        Recipients to = request.recipients();
        Set<Long> users = new LinkedHashSet<>(to.userIds());
        if (to.permission() != null) {
            users.addAll(directory.activeUserIdsWithPermission(to.permission()));
        }
        List<Long> ids = new ArrayList<>();
        for (Long user : users) {
            ids.add(write(request, null, user));
        }
        for (Long customer : new LinkedHashSet<>(to.customerIds())) {
            ids.add(write(request, customer, null));
        }
        if (!ids.isEmpty() && (request.scheduledFor() == null || !request.scheduledFor().isAfter(Instant.now()))) {
            nudgeAfterCommit(ids);
        }
        return ids;
    }

    private long write(NotificationRequest request, Long customer, Long user) {
        Notification notification = new Notification(request.type(), request.channel(), customer, user,
                request.templateId(), request.payload(), request.scheduledFor());
        em.persist(notification); // the id comes from the sequence now; the row is flushed with the transaction
        return notification.getId();
    }

    private void nudgeAfterCommit(List<Long> ids) {
        AfterCommit.collect(transaction, PENDING_NUDGE, ids, nudge::send);
    }
}
