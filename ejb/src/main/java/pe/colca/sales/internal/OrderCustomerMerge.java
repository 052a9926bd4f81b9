package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pe.colca.customer.CustomersMerged;

/**
 * The sales side of a customer merge: the absorbed customer's orders become the survivor's, in the merge's
 * transaction (synchronous observer of {@link CustomersMerged}; the customer area never writes this area's
 * table). Each order moved gets a new version, so an edit based on the old owner is a conflict.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderCustomerMerge {

    @PersistenceContext
    private EntityManager em;

    public void moveOrders(@Observes CustomersMerged merge) {
        em.createNativeQuery("UPDATE orders SET customer_id = :survivor, version = version + 1"
                        + " WHERE customer_id = :absorbed")
                .setParameter("survivor", merge.survivorId()).setParameter("absorbed", merge.absorbedId())
                .executeUpdate();
    }
}
