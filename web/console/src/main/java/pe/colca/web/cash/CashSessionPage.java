package pe.colca.web.cash;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.inventory.location.LocationService;
import pe.colca.payment.CashMovementView;
import pe.colca.payment.CashReport;
import pe.colca.payment.CashSessionService;
import pe.colca.payment.CashSessionState;
import pe.colca.payment.CashSessionView;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * One cash session ({@code backoffice/cash/session.xhtml?id=}), also the 80 mm printable X/Z report
 * ({@code backoffice/cash/report.xhtml?id=}): the session with its count, the report figures and per-tender
 * totals, the movements paged, and for a count waiting for approval the manager's approve and send-back.
 */
@Named
@ViewScoped
public class CashSessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String REJECT_MESSAGES = "cash-reject-dialog";

    @Inject
    private CashSessionService sessions;

    @Inject
    private LocationService locationService;

    @Inject
    private LocaleBean localeBean;

    private CashLocations locations;
    private Long sessionId;
    private CashReport report;
    private String rejectReason;

    private final ServicePagedModel<CashMovementView> movements = new ServicePagedModel<>(
            (request, counting) -> sessionId == null || report == null ? null : sessions.movements(sessionId, request),
            CashMovementView::id, true);

    @PostConstruct
    void init() {
        sessionId = idFromRequest();
        locations = new CashLocations(locationService, false);
        reload();
    }

    public void reload() {
        if (sessionId == null) {
            return;
        }
        try {
            report = sessions.report(sessionId);
        } catch (RuntimeException e) {
            report = null;
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    public void approve() {
        try {
            sessions.approve(sessionId);
            info(Texts.get("cash.approve.done", sessionId));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
        reload();
    }

    public void startReject() {
        rejectReason = null;
    }

    public void reject() {
        try {
            sessions.reject(sessionId, rejectReason);
            info(Texts.get("cash.reject.done", sessionId));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            reload();
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), REJECT_MESSAGES,
                    Map.of("reason", "cash-reject-form:cash-reject-reason"));
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static Long idFromRequest() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(id.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isCanDecide() {
        return report != null && report.session().state() == CashSessionState.AWAITING_APPROVAL
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("cash.session.approve");
    }

    public String locationLabel() {
        return report == null ? "" : locations.label(report.session().locationId());
    }

    /** The count by denomination with pieces (largest first), for the Z report. */
    public List<Map.Entry<BigDecimal, Integer>> getCountLines() {
        if (report == null || report.session().denominations() == null) {
            return List.of();
        }
        return report.session().denominations().entrySet().stream().filter(e -> e.getValue() > 0).toList();
    }

    public String typeKey(CashMovementView row) {
        return "cash.type." + row.type().name();
    }

    public Long getSessionId() {
        return sessionId;
    }

    public CashReport getReport() {
        return report;
    }

    public CashSessionView getSession() {
        return report == null ? null : report.session();
    }

    public ServicePagedModel<CashMovementView> getMovements() {
        return movements;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}
