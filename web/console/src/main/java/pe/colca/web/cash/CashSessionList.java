package pe.colca.web.cash;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.inventory.location.LocationService;
import pe.colca.payment.CashSessionFilter;
import pe.colca.payment.CashSessionService;
import pe.colca.payment.CashSessionState;
import pe.colca.payment.CashSessionView;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * The cash sessions list ({@code backoffice/cash/sessions.xhtml}: paged, newest first, filtered by store,
 * cashier, state and opening dates) and the managers' approval list ({@code backoffice/cash/approvals.xhtml}:
 * the sessions whose count waits for approval, with approve and send-back actions). Both read
 * {@link CashSessionService#search}, which keeps a cashier to his own sessions and a manager to his stores.
 */
@Named
@ViewScoped
public class CashSessionList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String REJECT_MESSAGES = "cash-reject-dialog";

    @Inject
    private CashSessionService sessions;

    @Inject
    private LocationService locationService;

    @Inject
    private LocaleBean localeBean;

    private CashLocations locations;
    private Map<Long, String> cashiers = Map.of();
    private boolean approvals;

    private Long locationFilter;
    private Long cashierFilter;
    private CashSessionState stateFilter;
    private LocalDate fromFilter;
    private LocalDate toFilter;

    private Long rejecting;
    private String rejectReason;

    private final ServicePagedModel<CashSessionView> rows = new ServicePagedModel<>(
            (request, counting) -> sessions.search(new CashSessionFilter(locationFilter, cashierFilter,
                    approvals ? CashSessionState.AWAITING_APPROVAL : stateFilter, fromFilter, toFilter), request),
            CashSessionView::id, false);

    @PostConstruct
    void init() {
        approvals = FacesContext.getCurrentInstance().getViewRoot().getViewId().endsWith("/approvals.xhtml");
        locations = new CashLocations(locationService, false);
        try {
            cashiers = sessions.cashiers();
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    public void filter() {
        // the lazy model reads the filters on the next load
    }

    public void clearFilters() {
        locationFilter = null;
        cashierFilter = null;
        stateFilter = null;
        fromFilter = null;
        toFilter = null;
    }

    public void approve(long id) {
        try {
            sessions.approve(id);
            info(Texts.get("cash.approve.done", id));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    public void startReject(long id) {
        rejecting = id;
        rejectReason = null;
    }

    public void reject() {
        if (rejecting == null) {
            return;
        }
        try {
            sessions.reject(rejecting, rejectReason);
            info(Texts.get("cash.reject.done", rejecting));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), REJECT_MESSAGES,
                    Map.of("reason", "cash-reject-form:cash-reject-reason"));
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public String locationLabel(long id) {
        return locations.label(id);
    }

    public boolean isCanApprove() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("cash.session.approve");
    }

    public List<CashSessionState> getStates() {
        return List.of(CashSessionState.values());
    }

    public Map<Long, String> getLocationOptions() {
        return locations.labels();
    }

    public Map<Long, String> getCashierOptions() {
        return cashiers;
    }

    public ServicePagedModel<CashSessionView> getRows() {
        return rows;
    }

    public boolean isApprovals() {
        return approvals;
    }

    public Long getLocationFilter() {
        return locationFilter;
    }

    public void setLocationFilter(Long locationFilter) {
        this.locationFilter = locationFilter;
    }

    public Long getCashierFilter() {
        return cashierFilter;
    }

    public void setCashierFilter(Long cashierFilter) {
        this.cashierFilter = cashierFilter;
    }

    public CashSessionState getStateFilter() {
        return stateFilter;
    }

    public void setStateFilter(CashSessionState stateFilter) {
        this.stateFilter = stateFilter;
    }

    public LocalDate getFromFilter() {
        return fromFilter;
    }

    public void setFromFilter(LocalDate fromFilter) {
        this.fromFilter = fromFilter;
    }

    public LocalDate getToFilter() {
        return toFilter;
    }

    public void setToFilter(LocalDate toFilter) {
        this.toFilter = toFilter;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}
