package pe.colca.notification;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The notification area's read port for the customer area: the notifications addressed to a customer (the
 * customer page's <i>Notificaciones</i> tab, the personal-data export). The customer area never names
 * {@code notifications}; it asks here, by id.
 */
@Local
public interface CustomerNotifications {

    /** One notification to a customer; {@code payload} is what the template is filled with. */
    record CustomerNotification(long id, String notificationType, NotificationChannel channel,
                                NotificationStatus status, String templateId, int retryCount, Instant scheduledFor,
                                Instant sentAt, Instant createdAt, Map<String, Object> payload)
            implements Serializable {
    }

    /** A page of the customer's notifications, newest first. Needs {@code customer.view}. */
    Page<CustomerNotification> notifications(long customerId, PageRequest page);

    /** Every notification of the customer, newest first, for the personal-data export. Needs {@code customer.privacy}. */
    List<CustomerNotification> allNotifications(long customerId);
}
