package pe.colca.notification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.Where;
import pe.colca.notification.CustomerNotifications;
import pe.colca.notification.Notification;

/** {@link CustomerNotifications} over the notification area's {@code notifications}. */
@Stateless
public class DefaultCustomerNotifications implements CustomerNotifications {

    private static final String ORDER = " ORDER BY n.createdAt DESC, n.id DESC";

    @PersistenceContext
    private EntityManager em;

    @Override
    @RolesAllowed("customer.view")
    public Page<CustomerNotification> notifications(long customerId, PageRequest page) {
        Where where = new Where().and("n.customerId = :customer", "customer", customerId);
        return where.page(em.createQuery("SELECT n FROM Notification n" + where + ORDER, Notification.class),
                em.createQuery("SELECT count(n) FROM Notification n" + where, Long.class), page).map(this::row);
    }

    @Override
    @RolesAllowed("customer.privacy")
    public List<CustomerNotification> allNotifications(long customerId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.customerId = :customer" + ORDER, Notification.class)
                .setParameter("customer", customerId).getResultStream().map(this::row).toList();
    }

    private CustomerNotification row(Notification n) {
        return new CustomerNotification(n.getId(), n.getNotificationType(), n.getChannel(), n.getStatus(),
                n.getTemplateId(), n.getRetryCount(), n.getScheduledFor(), n.getSentAt(), n.getCreatedAt(),
                n.getPayload() == null ? null : new LinkedHashMap<>(n.getPayload()));
    }
}
