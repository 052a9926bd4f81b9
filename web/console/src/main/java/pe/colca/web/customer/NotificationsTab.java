package pe.colca.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import pe.colca.notification.CustomerNotifications;
import pe.colca.notification.CustomerNotifications.CustomerNotification;
import pe.colca.web.ServicePagedModel;

/**
 * The <i>Notificaciones</i> tab of the customer page ({@code tabs/notifications.xhtml}): the notifications
 * addressed to the customer, newest first, paged, through the notification area's {@link CustomerNotifications}.
 */
@Named
@ViewScoped
public class NotificationsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerNotifications notifications;

    private Long customerId;

    private final ServicePagedModel<CustomerNotification> rows = new ServicePagedModel<>(
            (request, counting) -> customerId == null ? null : notifications.notifications(customerId, request),
            CustomerNotification::id, false);

    @PostConstruct
    void init() {
        customerId = CustomerIds.fromRequest();
    }

    public String statusKey(CustomerNotification row) {
        return "customer.notifications.status." + row.status().name();
    }

    public ServicePagedModel<CustomerNotification> getRows() {
        return rows;
    }
}
