package pe.colca.sales;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The sales area's read port for the customer area: a customer's orders (the customer page's
 * <i>Pedidos</i> tab, the personal-data export) and whether tax documents need his identity document
 * (an anonymisation keeps it then). The customer area never names {@code orders}; it asks here, by id.
 */
@Local
public interface CustomerOrders {

    /** One order of a customer, as the customer page and the export show it. */
    record CustomerOrder(long id, String orderNumber, Instant createdAt, long locationId, String storeName,
                         OrderStatus status, OrderPaymentStatus paymentStatus, BigDecimal grandTotal)
            implements Serializable {
    }

    /**
     * A page of the customer's live orders, newest first, within the caller's stores ({@code StoreScope}).
     * Needs {@code order.view}.
     */
    Page<CustomerOrder> orders(long customerId, PageRequest page);

    /**
     * Every order of the customer, in every store, newest first: what Colca holds about him, for the
     * personal-data export. Needs {@code customer.privacy}.
     */
    List<CustomerOrder> allOrders(long customerId);

    /**
     * Whether the customer has an order with money paid (paid, partly paid, refunded or partly refunded, even
     * if later deleted): its receipt or invoice names his document, which must then stay. Needs
     * {@code customer.privacy} or {@code order.view}.
     */
    boolean hasPaidOrders(long customerId);
}
