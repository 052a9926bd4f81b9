package pe.colca.inventory.alert.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.notification.NotificationChannel;
import pe.colca.notification.NotificationRequest;
import pe.colca.notification.Notifications;
import pe.colca.notification.Recipients;

/**
 * Notifies the staff of a raised low-stock alert through the notification outbox, INSIDE the stock
 * transaction that crossed the threshold (synchronous observer of {@link StockAlertRaised}): the
 * crossing and its {@code PENDING} notifications commit together or are rolled back together, so a
 * crash can delay the notification but never lose it, and a rolled-back sale notifies nobody.
 * Delivery (the nudge after the commit, the sweep, the senders) is the notification area's job; a
 * broker failure never reaches the sale. Recipients: every active, not deleted user holding
 * {@code inventory.alert.edit} through a role (the staff who manage thresholds: admin, manager,
 * warehouse in the default roles), resolved by the notification area; users are not tied to
 * locations in the schema. One {@code STOCK_LOW} e-mail notification per recipient (template
 * {@code inventory.stock_low}, payload with SKU, product, location, available, threshold).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockAlertNotifier {

    static final String TYPE = "STOCK_LOW";
    static final String TEMPLATE = "inventory.stock_low";
    static final String PERMISSION = "inventory.alert.edit";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Notifications notifications;

    /** Enqueues the notifications of the crossing in the stock transaction (nothing when nobody should hear). */
    public void notifyStaff(@Observes StockAlertRaised alert) {
        notifications.enqueue(NotificationRequest.of(TYPE, NotificationChannel.EMAIL, TEMPLATE,
                payload(alert), Recipients.staffWithPermission(PERMISSION)));
    }

    private Map<String, Object> payload(StockAlertRaised alert) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT v.sku, p.name, l.code, l.name FROM product_variants v"
                        + " JOIN products p ON p.id = v.product_id, locations l WHERE v.id = :v AND l.id = :l")
                .setParameter("v", alert.variantId()).setParameter("l", alert.locationId()).getSingleResult();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("alertId", alert.alertId());
        payload.put("variantId", alert.variantId());
        payload.put("sku", r[0]);
        payload.put("product", r[1]);
        payload.put("locationId", alert.locationId());
        payload.put("locationCode", r[2]);
        payload.put("locationName", r[3]);
        payload.put("available", alert.available());
        payload.put("threshold", alert.threshold());
        return payload;
    }
}
