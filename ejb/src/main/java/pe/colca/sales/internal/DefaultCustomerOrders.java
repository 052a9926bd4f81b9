package pe.colca.sales.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.Where;
import pe.colca.inventory.location.LocationNames;
import pe.colca.sales.CustomerOrders;
import pe.colca.sales.Order;
import pe.colca.security.StoreScope;

/** {@link CustomerOrders} over the sales area's {@code orders}; store names from {@link LocationNames}. */
@Stateless
public class DefaultCustomerOrders implements CustomerOrders {

    /** Money was taken on the order: a boleta or factura names the customer's document. */
    private static final String PAID = "SELECT count(*) FROM orders WHERE customer_id = :c"
            + " AND payment_status IN ('PAID', 'PARTIALLY_PAID', 'PARTIALLY_REFUNDED', 'REFUNDED')";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StoreScope scope;

    @EJB
    private LocationNames locations;

    @Override
    @RolesAllowed("order.view")
    public Page<CustomerOrder> orders(long customerId, PageRequest page) {
        Where where = new Where().and("o.customerId = :customer", "customer", customerId);
        scope.within(where, "o.locationId");
        Page<Order> orders = where.page(em.createQuery("SELECT o FROM Order o" + where
                        + " ORDER BY o.createdAt DESC, o.id DESC", Order.class),
                em.createQuery("SELECT count(o) FROM Order o" + where, Long.class), page);
        return new Page<>(rows(orders.items()), orders.total(), orders.offset(), orders.limit());
    }

    @Override
    @RolesAllowed("customer.privacy")
    public List<CustomerOrder> allOrders(long customerId) {
        return rows(em.createQuery("SELECT o FROM Order o WHERE o.customerId = :customer"
                + " ORDER BY o.createdAt DESC, o.id DESC", Order.class).setParameter("customer", customerId).getResultList());
    }

    @Override
    @RolesAllowed({"customer.privacy", "order.view"})
    public boolean hasPaidOrders(long customerId) {
        return ((Number) em.createNativeQuery(PAID).setParameter("c", customerId).getSingleResult()).longValue() > 0;
    }

    private List<CustomerOrder> rows(List<Order> orders) {
        Map<Long, String> names = locations.names(orders.stream().map(Order::getLocationId).distinct().toList());
        return orders.stream().map(o -> new CustomerOrder(o.getId(), o.getOrderNumber(), o.getCreatedAt(),
                o.getLocationId(), names.getOrDefault(o.getLocationId(), String.valueOf(o.getLocationId())),
                o.getStatus(), o.getPaymentStatus(), o.getGrandTotal())).toList();
    }
}
