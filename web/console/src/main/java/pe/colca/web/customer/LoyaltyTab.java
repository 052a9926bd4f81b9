package pe.colca.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.customer.LoyaltyBalance;
import pe.colca.customer.LoyaltyMovementView;
import pe.colca.customer.LoyaltyPosted;
import pe.colca.customer.LoyaltyService;
import pe.colca.web.Texts;

/**
 * The loyalty tab of the customer page ({@code backoffice/customers/tabs/loyalty.xhtml}, customer from the
 * view parameter {@code id}): the balance, lifetime points and their value, the movements paged (newest
 * first), and the manual adjustment behind {@code loyalty.adjust}. Every read and write goes through
 * {@link LoyaltyService}; an adjustment applies only to the balance shown (its version), so a change made
 * meanwhile is a conflict with a reload, never a silent overwrite ({@link LedgerTab}).
 */
@Named
@ViewScoped
public class LoyaltyTab extends LedgerTab<LoyaltyBalance, LoyaltyMovementView> {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "loyalty-adjust-dialog";
    private static final Map<String, String> FIELDS = Map.of(
            "points", "loyalty-adjust-form:loyalty-adjust-points",
            "reason", "loyalty-adjust-form:loyalty-adjust-reason");

    @Inject
    private LoyaltyService loyalty;

    private Integer adjustPoints;

    @Override
    protected LoyaltyBalance read(long customerId) {
        return loyalty.balance(customerId);
    }

    @Override
    protected Page<LoyaltyMovementView> lines(long customerId, PageRequest page) {
        return loyalty.movements(customerId, page);
    }

    @Override
    protected Object key(LoyaltyMovementView row) {
        return row.id();
    }

    public void newAdjustment() {
        adjustPoints = null;
        clearChange();
    }

    public void adjust() {
        if (!ready()) {
            return;
        }
        try {
            LoyaltyPosted posted = loyalty.adjust(getCustomerId(), adjustPoints == null ? 0 : adjustPoints, text(),
                    getBalance().version());
            changed(Texts.get("loyalty.adjust.done", (posted.points() > 0 ? "+" : "") + posted.points(),
                    posted.balance()), "adjusted");
        } catch (RuntimeException e) {
            refused(e, MESSAGES, FIELDS);
        }
    }

    /** Whether the caller may adjust points (the button and the dialog are shown only then). */
    public boolean isCanAdjust() {
        return callerHas("loyalty.adjust");
    }

    /** The key of a movement type's label. */
    public String typeKey(LoyaltyMovementView row) {
        return "loyalty.type." + row.type().name();
    }

    public Integer getAdjustPoints() {
        return adjustPoints;
    }

    public void setAdjustPoints(Integer adjustPoints) {
        this.adjustPoints = adjustPoints;
    }

    public String getAdjustReason() {
        return text();
    }

    public void setAdjustReason(String adjustReason) {
        text(adjustReason);
    }
}
