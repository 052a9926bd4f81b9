package pe.colca.web.sales;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.payment.Payment;
import pe.colca.payment.PaymentService;
import pe.colca.sales.OfferedTransition;
import pe.colca.sales.Order;
import pe.colca.sales.OrderApproval;
import pe.colca.sales.OrderItem;
import pe.colca.sales.OrderService;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.OrderStatusChange;
import pe.colca.sales.OrderStatusService;
import pe.colca.sales.TransitionResult;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/sales/order.xhtml?id=}: one order with its lines, payments, status timeline
 * (who, why, from which address) and approval requests, and the moves the user may ask for, by
 * priority (a move that needs approval is queued for another user). Through the sales and payment
 * services.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    @Inject
    private OrderStatusService statuses;

    @Inject
    private PaymentService payments;

    @Inject
    private CatalogReader catalog;

    @Inject
    private LocaleBean localeBean;

    private Long id;
    private Order order;
    private List<OrderStatusChange> history = List.of();
    private List<Payment> paymentRows = List.of();
    private List<OfferedTransition> actions = List.of();
    private List<OrderApproval> approvals = List.of();
    private Map<Long, VariantInfo> variants = Map.of();
    private String reason;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        id = param == null || !param.matches("\\d{1,18}") ? null : Long.parseLong(param);
        reload();
    }

    void reload() {
        if (id == null) {
            order = null;
            return;
        }
        try {
            order = orders.get(id);
            history = orders.history(id);
            actions = statuses.actions(id).stream().filter(OfferedTransition::allowed).toList();
            approvals = statuses.approvals(id);
            variants = catalog.variants(order.getItems().stream().map(OrderItem::getVariantId).toList());
        } catch (RuntimeException e) {
            order = order == null ? null : order;
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
        try {
            paymentRows = order == null ? List.of() : payments.payments(id);
        } catch (RuntimeException e) {
            paymentRows = List.of();
        }
    }

    /** Asks for the move to {@code to} (the reason typed, when given). */
    public void move(OrderStatus to) {
        try {
            TransitionResult result = statuses.transition(id, order.getVersion(), to, reason);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    result.applied() ? Texts.get("order.moved", Texts.get("order.status." + to.name()))
                            : Texts.get("order.approvalRequested"), null));
            reason = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
        reload();
    }

    public String variantLabel(long variantId) {
        VariantInfo v = variants.get(variantId);
        return v == null ? String.valueOf(variantId) : v.label();
    }

    public String variantSku(long variantId) {
        VariantInfo v = variants.get(variantId);
        return v == null ? "" : v.sku();
    }

    public Order getOrder() {
        return order;
    }

    public List<OrderStatusChange> getHistory() {
        return history;
    }

    public List<Payment> getPayments() {
        return paymentRows;
    }

    public List<OfferedTransition> getActions() {
        return actions;
    }

    public List<OrderApproval> getApprovals() {
        return approvals;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
