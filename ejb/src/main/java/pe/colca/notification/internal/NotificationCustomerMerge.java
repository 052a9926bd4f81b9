package pe.colca.notification.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pe.colca.customer.CustomersMerged;

/**
 * The notification side of a customer merge: notifications addressed to the absorbed customer (sent or still
 * pending) become the survivor's, in the merge's transaction (synchronous observer of {@link CustomersMerged}; the
 * customer area never writes this area's table). A pending one is then delivered to the survivor.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class NotificationCustomerMerge {

    @PersistenceContext
    private EntityManager em;

    public void moveNotifications(@Observes CustomersMerged merge) {
        em.createNativeQuery("UPDATE notifications SET customer_id = :survivor WHERE customer_id = :absorbed")
                .setParameter("survivor", merge.survivorId()).setParameter("absorbed", merge.absorbedId())
                .executeUpdate();
    }
}
