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
import java.util.Optional;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.inventory.location.Location;
import pe.colca.notification.NotificationChannel;
import pe.colca.notification.NotificationRequest;
import pe.colca.notification.Notifications;
import pe.colca.notification.Recipients;

/**
 * Notifies the staff of a raised low-stock alert through the notification outbox, INSIDE the
 * transaction that flips the alert's state (synchronous observer of {@link StockAlertRaised}; for a
 * stock change that is the evaluation transaction {@link StockAlertWatcher} runs after the stock
 * commit, for a threshold edit the edit's own): the crossing and its {@code PENDING} notifications
 * commit together or are rolled back together, and a rolled-back sale notifies nobody.
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
    private CatalogReader catalog;

    @EJB
    private Notifications notifications;

    /** Enqueues the notifications of the crossing in the stock transaction (nothing when nobody should hear). */
    public void notifyStaff(@Observes StockAlertRaised alert) {
        notifications.enqueue(NotificationRequest.of(TYPE, NotificationChannel.EMAIL, TEMPLATE,
                payload(alert), Recipients.staffWithPermission(PERMISSION)));
    }

    private Map<String, Object> payload(StockAlertRaised alert) {
        Optional<VariantInfo> variant = catalog.variant(alert.variantId());
        Location location = em.find(Location.class, (int) alert.locationId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("alertId", alert.alertId());
        payload.put("variantId", alert.variantId());
        payload.put("sku", variant.map(VariantInfo::sku).orElse(null));
        payload.put("product", variant.map(VariantInfo::productName).orElse(null));
        payload.put("locationId", alert.locationId());
        payload.put("locationCode", location == null ? null : location.getCode());
        payload.put("locationName", location == null ? null : location.getName());
        payload.put("available", alert.available());
        payload.put("threshold", alert.threshold());
        return payload;
    }
}
