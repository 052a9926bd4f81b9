package pe.colca.web.cash;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.inventory.location.LocationService;
import pe.colca.payment.CashDenominations;
import pe.colca.payment.CashMovementType;
import pe.colca.payment.CashReport;
import pe.colca.payment.CashSessionService;
import pe.colca.payment.CashSessionView;
import pe.colca.web.FacesErrors;
import pe.colca.web.Formats;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * The cashier's register ({@code backoffice/cash/register.xhtml}): opens his session at a store with the
 * starting cash; while open, pay-ins and pay-outs with a reason, the X report, and the close: a form with
 * the pieces of every denomination and their total, and no expected amount — the expected cash and the
 * discrepancy are shown only after the count is submitted (the Z report answer).
 */
@Named
@ViewScoped
public class CashRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OPEN_MESSAGES = "cash-open";
    static final String MOVE_MESSAGES = "cash-move-dialog";
    static final String COUNT_MESSAGES = "cash-count";

    @Inject
    private CashSessionService sessions;

    @Inject
    private LocationService locationService;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private Formats formats;

    private CashLocations locations;
    private CashSessionView session;
    private CashReport closing;

    private Long openLocation;
    private BigDecimal startingCash;

    private CashMovementType moveType = CashMovementType.CASH_IN;
    private BigDecimal moveAmount;
    private String moveReason;

    private List<CountLine> count = new ArrayList<>();

    /** One denomination of the count form. */
    public static final class CountLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final BigDecimal denomination;
        private Integer pieces;

        CountLine(BigDecimal denomination) {
            this.denomination = denomination;
        }

        public BigDecimal getDenomination() {
            return denomination;
        }

        public String getKey() {
            return CashDenominations.key(denomination).replace('.', '_');
        }

        public Integer getPieces() {
            return pieces;
        }

        public void setPieces(Integer pieces) {
            this.pieces = pieces;
        }

        BigDecimal subtotal() {
            return pieces == null ? BigDecimal.ZERO : denomination.multiply(BigDecimal.valueOf(pieces));
        }
    }

    @PostConstruct
    void init() {
        locations = new CashLocations(locationService, true);
        if (locations.labels().size() == 1) {
            openLocation = locations.labels().keySet().iterator().next();
        }
        resetCount();
        reload();
    }

    public void reload() {
        try {
            session = sessions.current().orElse(null);
        } catch (RuntimeException e) {
            session = null;
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    public void open() {
        try {
            if (openLocation == null) {
                String text = Texts.get("cash.open.locationRequired");
                FacesContext.getCurrentInstance().addMessage(OPEN_MESSAGES,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            session = sessions.open(openLocation, startingCash == null ? BigDecimal.ZERO : startingCash);
            closing = null;
            info(Texts.get("cash.open.done", formats.money(session.startingCash())));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), OPEN_MESSAGES,
                    Map.of("startingCash", "cash-open-form:cash-open-starting"));
        }
    }

    /** Prepares the pay-in ({@code CASH_IN}) or pay-out ({@code CASH_OUT}) dialog. */
    public void newMovement(String type) {
        moveType = CashMovementType.valueOf(type);
        moveAmount = null;
        moveReason = null;
    }

    public void move() {
        if (session == null) {
            return;
        }
        try {
            var movement = sessions.move(session.id(), moveType, moveAmount, moveReason);
            info(Texts.get("cash.move.done." + moveType.name(), formats.money(movement.amount())));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), MOVE_MESSAGES,
                    Map.of("amount", "cash-move-form:cash-move-amount", "reason", "cash-move-form:cash-move-reason"));
        }
    }

    /** Submits the count; the answer (expected cash, discrepancy) is shown only now. */
    public void close() {
        if (session == null) {
            return;
        }
        Map<BigDecimal, Integer> pieces = new LinkedHashMap<>();
        for (CountLine line : count) {
            pieces.put(line.getDenomination(), line.getPieces() == null ? 0 : line.getPieces());
        }
        try {
            closing = sessions.close(session.id(), pieces);
            session = closing.session().state() == pe.colca.payment.CashSessionState.CLOSED ? null : closing.session();
            resetCount();
            info(Texts.get(closing.session().approvalRequired() ? "cash.close.awaiting" : "cash.close.done"));
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), COUNT_MESSAGES);
        }
    }

    private void resetCount() {
        count = new ArrayList<>();
        CashDenominations.ALL.forEach(d -> count.add(new CountLine(d)));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The counted total of the form as typed so far (never the expected amount). */
    public BigDecimal getCountTotal() {
        return count.stream().map(CountLine::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public boolean isAwaitingApproval() {
        return session != null && session.state() == pe.colca.payment.CashSessionState.AWAITING_APPROVAL;
    }

    public boolean isTakingMovements() {
        return session != null && session.state() == pe.colca.payment.CashSessionState.OPEN;
    }

    public boolean isCanMove() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("cash.movement");
    }

    public boolean isCanClose() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("cash.session.close");
    }

    public String locationLabel(long id) {
        return locations.label(id);
    }

    public Map<Long, String> getLocationOptions() {
        return locations.labels();
    }

    public CashSessionView getSession() {
        return session;
    }

    public CashReport getClosing() {
        return closing;
    }

    public Long getOpenLocation() {
        return openLocation;
    }

    public void setOpenLocation(Long openLocation) {
        this.openLocation = openLocation;
    }

    public BigDecimal getStartingCash() {
        return startingCash;
    }

    public void setStartingCash(BigDecimal startingCash) {
        this.startingCash = startingCash;
    }

    public CashMovementType getMoveType() {
        return moveType;
    }

    public BigDecimal getMoveAmount() {
        return moveAmount;
    }

    public void setMoveAmount(BigDecimal moveAmount) {
        this.moveAmount = moveAmount;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }

    public List<CountLine> getCount() {
        return count;
    }
}
