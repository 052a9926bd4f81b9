package pe.colca.web.sales;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pe.colca.sales.RefundMethod;
import pe.colca.sales.ReturnCreated;
import pe.colca.sales.ReturnRequest;
import pe.colca.sales.ReturnService;
import pe.colca.sales.ReturnView;
import pe.colca.sales.ReturnableLine;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * The returns part of {@code /backoffice/sales/order.xhtml?id=}: the order's returns with their refunds and
 * credit notes, and the <em>Devolver</em> dialog (units per line up to what can still come back, refund
 * method, reason, confirmation). One Idempotency-Key per opening of the dialog, so a double click or a
 * retry of the confirmation never returns twice. Through {@link ReturnService}.
 */
@Named
@ViewScoped
public class OrderReturns implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PERMISSION = "order.refund.approve";

    @Inject
    private ReturnService returns;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private pe.colca.web.Formats formats;

    private Long id;
    private List<ReturnView> rows = List.of();
    private List<Line> lines = List.of();
    private RefundMethod refundMethod = RefundMethod.ORIGINAL;
    private String reason;
    private String key;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        id = param == null || !param.matches("\\d{1,18}") ? null : Long.parseLong(param);
        reload();
    }

    void reload() {
        if (id == null) {
            return;
        }
        try {
            rows = returns.returns(id);
        } catch (RuntimeException e) {
            rows = List.of();
        }
    }

    /** Fills the dialog: every line with what can still come back, nothing chosen yet; a new key. */
    public void open() {
        try {
            List<Line> fresh = new ArrayList<>();
            for (ReturnableLine l : returns.returnable(id)) {
                fresh.add(new Line(l));
            }
            lines = fresh;
            refundMethod = RefundMethod.ORIGINAL;
            reason = null;
            key = UUID.randomUUID().toString();
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    /** Makes the return of the chosen units; the page shows it with its credit note, or the refusal. */
    public void confirm() {
        List<ReturnRequest.Line> chosen = lines.stream().filter(l -> l.getQuantity() != null && l.getQuantity() > 0)
                .map(l -> new ReturnRequest.Line(l.getOrderItemId(), l.getQuantity())).toList();
        try {
            ReturnCreated created = returns.create(id, key, new ReturnRequest(chosen, refundMethod, reason, null));
            ReturnView r = created.orderReturn();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.get("order.return.done", r.returnNumber(), formats.money(r.refundedAmount()),
                            r.creditNote() == null ? "" : r.creditNote().number()), null));
            lines = List.of();
            reason = null;
            key = null;
            // the whole page again (status, payments, timeline and returns), the message kept for it
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/backoffice/sales/order.xhtml?id=" + id);
            return;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
            FacesContext.getCurrentInstance().validationFailed();
        }
        reload();
    }

    /** Whether the caller may make returns (the Devolver button). */
    public boolean isAllowed() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(PERMISSION);
    }

    public List<ReturnView> getRows() {
        return rows;
    }

    public List<Line> getLines() {
        return lines;
    }

    public RefundMethod[] getRefundMethods() {
        return RefundMethod.values();
    }

    public RefundMethod getRefundMethod() {
        return refundMethod;
    }

    public void setRefundMethod(RefundMethod refundMethod) {
        this.refundMethod = refundMethod;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** A line of the dialog: what was sold, what can come back, and the units chosen. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ReturnableLine line;
        private Integer quantity;

        Line(ReturnableLine line) {
            this.line = line;
        }

        public long getOrderItemId() {
            return line.orderItemId();
        }

        public String getSku() {
            return line.sku();
        }

        public String getName() {
            return line.name();
        }

        public int getSold() {
            return line.sold();
        }

        public int getReturnable() {
            return line.returnable();
        }

        public java.math.BigDecimal getUnitPrice() {
            return line.unitPrice();
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }
}
