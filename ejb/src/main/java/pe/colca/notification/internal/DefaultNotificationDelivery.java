package pe.colca.notification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import pe.colca.notification.DeliveryRun;
import pe.colca.notification.NotificationDelivery;

@Stateless
public class DefaultNotificationDelivery implements NotificationDelivery {

    @EJB
    private NotificationDispatcher dispatcher;

    @Override
    @RolesAllowed("batch.job.start")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryRun deliverDue() {
        return dispatcher.deliverDue();
    }
}
