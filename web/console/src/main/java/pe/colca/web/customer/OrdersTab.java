package pe.colca.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import pe.colca.sales.CustomerOrders;
import pe.colca.sales.CustomerOrders.CustomerOrder;
import pe.colca.web.ServicePagedModel;

/**
 * The <i>Pedidos</i> tab of the customer page ({@code tabs/orders.xhtml}): the customer's orders in the caller's
 * stores, newest first, paged, through the sales area's {@link CustomerOrders} (needs {@code order.view}; the tab
 * is shown only then).
 */
@Named
@ViewScoped
public class OrdersTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerOrders orders;

    private Long customerId;

    private final ServicePagedModel<CustomerOrder> rows = new ServicePagedModel<>(
            (request, counting) -> customerId == null ? null : orders.orders(customerId, request),
            CustomerOrder::id, false);

    @PostConstruct
    void init() {
        customerId = CustomerIds.fromRequest();
    }

    public boolean isAllowed() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("order.view");
    }

    public String statusKey(CustomerOrder row) {
        return "customer.orders.status." + row.status().name();
    }

    public String paymentKey(CustomerOrder row) {
        return "customer.orders.payment." + row.paymentStatus().name();
    }

    public ServicePagedModel<CustomerOrder> getRows() {
        return rows;
    }
}
