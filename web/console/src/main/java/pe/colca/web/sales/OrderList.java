package pe.colca.web.sales;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.common.PageRequest;
import pe.colca.inventory.location.LocationService;
import pe.colca.sales.Order;
import pe.colca.sales.OrderApproval;
import pe.colca.sales.OrderFilter;
import pe.colca.sales.OrderPaymentStatus;
import pe.colca.sales.OrderService;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.OrderStatusService;
import pe.colca.sales.SalesChannel;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;
import pe.colca.web.inventory.LocationOption;

/**
 * Screen {@code /backoffice/sales/orders.xhtml} (<i>Ventas → Pedidos</i>): the orders of the user's
 * stores, newest first, filtered by store, channel, status, payment status and business days, paged;
 * above them the approval queue (status changes waiting for another user), approved or rejected here.
 * A row opens {@code order.xhtml?id=}.
 */
@Named
@ViewScoped
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":orders-form:orders-table";

    @Inject
    private OrderService orders;

    @Inject
    private OrderStatusService statuses;

    @Inject
    private LocationService locations;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<Order> rows = new ServicePagedModel<>(
            (request, counting) -> orders.search(currentFilter(), request), Order::getId, false);

    private List<LocationOption> locationOptions = List.of();
    private final Map<Long, String> locationCodes = new HashMap<>();
    private List<OrderApproval> approvals = List.of();
    private Long locationId;
    private SalesChannel channel;
    private OrderStatus status;
    private OrderPaymentStatus paymentStatus;
    private LocalDate from;
    private LocalDate to;
    private String search;
    private String decisionReason;

    @PostConstruct
    void init() {
        try {
            locationOptions = LocationOption.all(locations);
            locationOptions.forEach(l -> locationCodes.put((long) l.id(), l.code()));
        } catch (RuntimeException e) {
            // without inventory.location.view the store filter is not offered (codes show as ids)
            if (!FacesErrors.isAccessDenied(e)) {
                FacesErrors.show(e, localeBean.getLocale(), null);
            }
        }
        loadApprovals();
    }

    void loadApprovals() {
        try {
            approvals = statuses.pendingApprovals(new PageRequest(0, 50, null, true)).items();
        } catch (RuntimeException e) {
            approvals = List.of();
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        locationId = null;
        channel = null;
        status = null;
        paymentStatus = null;
        from = null;
        to = null;
        search = null;
        filter();
    }

    /** Approves the request of the row (request parameter {@code approvalId}). */
    public void approve(long approvalId) {
        decide(approvalId, true);
    }

    public void reject(long approvalId) {
        decide(approvalId, false);
    }

    private void decide(long approvalId, boolean approve) {
        try {
            if (approve) {
                statuses.approve(approvalId, decisionReason);
            } else {
                statuses.reject(approvalId, decisionReason);
            }
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.get(approve ? "orders.approval.approved" : "orders.approval.rejected"), null));
            decisionReason = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
        loadApprovals();
    }

    OrderFilter currentFilter() {
        return new OrderFilter(locationId, channel, status, paymentStatus, from, to,
                search == null || search.isBlank() ? null : search.strip());
    }

    public String locationCode(Long id) {
        return id == null ? "" : locationCodes.getOrDefault(id, String.valueOf(id));
    }

    public LazyDataModel<Order> getRows() {
        return rows;
    }

    public List<OrderApproval> getApprovals() {
        return approvals;
    }

    public List<LocationOption> getLocationOptions() {
        return locationOptions;
    }

    public SalesChannel[] getChannels() {
        return new SalesChannel[] {SalesChannel.POS, SalesChannel.WEB, SalesChannel.PHONE};
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public OrderPaymentStatus[] getPaymentStatuses() {
        return OrderPaymentStatus.values();
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public SalesChannel getChannel() {
        return channel;
    }

    public void setChannel(SalesChannel channel) {
        this.channel = channel;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public OrderPaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    public void setPaymentStatus(OrderPaymentStatus paymentStatus) {
        this.paymentStatus = paymentStatus;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }
}
