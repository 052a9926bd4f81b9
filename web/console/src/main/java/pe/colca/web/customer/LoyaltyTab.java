package pe.colca.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.customer.LoyaltyBalance;
import pe.colca.customer.LoyaltyMovementView;
import pe.colca.customer.LoyaltyPosted;
import pe.colca.customer.LoyaltyService;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * The loyalty tab of the customer page ({@code backoffice/customers/tabs/loyalty.xhtml}, customer from the
 * view parameter {@code id}): the balance, lifetime points and their value, the movements paged (newest
 * first), and the manual adjustment behind {@code loyalty.adjust}. Every read and write goes through
 * {@link LoyaltyService}; an adjustment applies only to the balance shown (its version), so a change made
 * meanwhile is a conflict with a reload, never a silent overwrite.
 */
@Named
@ViewScoped
public class LoyaltyTab implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "loyalty-adjust-dialog";
    private static final Map<String, String> FIELDS = Map.of(
            "points", "loyalty-adjust-form:loyalty-adjust-points",
            "reason", "loyalty-adjust-form:loyalty-adjust-reason");

    @Inject
    private LoyaltyService loyalty;

    @Inject
    private LocaleBean localeBean;

    private Long customerId;
    private LoyaltyBalance balance;
    private Integer adjustPoints;
    private String adjustReason;
    private boolean conflict;

    private final ServicePagedModel<LoyaltyMovementView> rows = new ServicePagedModel<>(
            (request, counting) -> customerId == null ? null : loyalty.movements(customerId, request),
            LoyaltyMovementView::id, false);

    @PostConstruct
    void init() {
        customerId = CustomerIds.fromRequest();
        reload();
    }

    /** Reads the balance again (after a conflict, or to see others' changes). */
    public void reload() {
        conflict = false;
        if (customerId == null) {
            return;
        }
        try {
            balance = loyalty.balance(customerId);
        } catch (RuntimeException e) {
            balance = null;
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    public void newAdjustment() {
        adjustPoints = null;
        adjustReason = null;
        conflict = false;
    }

    public void adjust() {
        if (customerId == null || balance == null) {
            return;
        }
        try {
            LoyaltyPosted posted = loyalty.adjust(customerId, adjustPoints == null ? 0 : adjustPoints, adjustReason,
                    balance.version());
            String text = Texts.get("loyalty.adjust.done", (posted.points() > 0 ? "+" : "") + posted.points(),
                    posted.balance());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            PrimeFaces.current().ajax().addCallbackParam("adjusted", true);
            balance = loyalty.balance(customerId);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, localeBean.getLocale(), MESSAGES, FIELDS)
                    .map(b -> "stale-version".equals(b.type())).orElse(false);
        }
    }

    /** Whether the caller may adjust points (the button and the dialog are shown only then). */
    public boolean isCanAdjust() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("loyalty.adjust");
    }

    /** The key of a movement type's label. */
    public String typeKey(LoyaltyMovementView row) {
        return "loyalty.type." + row.type().name();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LoyaltyBalance getBalance() {
        return balance;
    }

    public ServicePagedModel<LoyaltyMovementView> getRows() {
        return rows;
    }

    public Integer getAdjustPoints() {
        return adjustPoints;
    }

    public void setAdjustPoints(Integer adjustPoints) {
        this.adjustPoints = adjustPoints;
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public void setAdjustReason(String adjustReason) {
        this.adjustReason = adjustReason;
    }

    public boolean isConflict() {
        return conflict;
    }
}
