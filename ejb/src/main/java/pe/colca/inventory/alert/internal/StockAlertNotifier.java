package pe.colca.inventory.alert.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.notification.Notification;
import pe.colca.notification.NotificationChannel;

/**
 * Writes the notifications of a raised low-stock alert and announces them on the
 * {@code notification.outbound} queue, in ONE new XA transaction (datasource + broker through
 * {@code java:/JmsXA}): the rows and the message exist together or not at all. Recipients: every
 * active, not deleted user holding {@code inventory.alert.edit} through a role (the staff who
 * manage thresholds: admin, manager, warehouse in the default roles); users are not tied to
 * locations in the schema. One {@code STOCK_LOW} e-mail notification per recipient (status
 * PENDING, payload with SKU, product, location, available, threshold), and one message for the
 * crossing: a text message with the JSON {@code {"type":"STOCK_LOW","alertId":..,"notificationIds":[..]}}
 * and the properties {@code notificationType}, {@code alertId}, {@code notificationIds} (comma
 * separated). The sender of the notifications issue consumes it.
 */
@Stateless
@PermitAll
public class StockAlertNotifier {

    static final String TYPE = "STOCK_LOW";
    static final String PERMISSION = "inventory.alert.edit";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:/JmsXA")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/notification.outbound")
    private Queue outbound;

    /** @return the ids of the notifications written (empty when nobody should hear) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> notifyStaff(StockAlertRaised alert) {
        Map<String, Object> payload = payload(alert);
        List<?> recipients = em.createNativeQuery("SELECT DISTINCT u.id FROM users u"
                        + " JOIN user_roles ur ON ur.user_id = u.id"
                        + " JOIN role_permissions rp ON rp.role_id = ur.role_id"
                        + " JOIN permissions p ON p.id = rp.permission_id"
                        + " WHERE p.slug = :permission AND u.status = 'ACTIVE' AND u.deleted_at IS NULL ORDER BY u.id")
                .setParameter("permission", PERMISSION).getResultList();
        List<Long> ids = new ArrayList<>();
        for (Object recipient : recipients) {
            Notification n = new Notification(TYPE, NotificationChannel.EMAIL, null, ((Number) recipient).longValue(),
                    "inventory.stock_low", payload, null);
            em.persist(n);
            em.flush();
            ids.add(n.getId());
        }
        if (ids.isEmpty()) {
            return ids;
        }
        JsonArrayBuilder idArray = Json.createArrayBuilder();
        ids.forEach(idArray::add);
        String body = Json.createObjectBuilder().add("type", TYPE).add("alertId", alert.alertId())
                .add("notificationIds", idArray).build().toString();
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer()
                    .setProperty("notificationType", TYPE)
                    .setProperty("alertId", alert.alertId())
                    .setProperty("notificationIds", String.join(",", ids.stream().map(String::valueOf).toList()))
                    .send(outbound, body);
        }
        return ids;
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
