package pe.colca.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.customer.WalletBalance;
import pe.colca.customer.WalletPosted;
import pe.colca.customer.WalletService;
import pe.colca.customer.WalletTransactionView;
import pe.colca.web.FacesErrors;
import pe.colca.web.Formats;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * The wallet tab of the customer page ({@code backoffice/customers/tabs/wallet.xhtml}, customer from the view
 * parameter {@code id}): the balance, the transactions paged (newest first), a top-up with its payment
 * reference (behind {@code payment.create}) and a manual adjustment with a reason (behind
 * {@code wallet.adjust}, only on the balance shown). Every read and write goes through {@link WalletService}.
 */
@Named
@ViewScoped
public class WalletTab implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TOP_UP_MESSAGES = "wallet-topup-dialog";
    static final String ADJUST_MESSAGES = "wallet-adjust-dialog";
    private static final Map<String, String> TOP_UP_FIELDS = Map.of(
            "amount", "wallet-topup-form:wallet-topup-amount",
            "reference", "wallet-topup-form:wallet-topup-reference");
    private static final Map<String, String> ADJUST_FIELDS = Map.of(
            "amount", "wallet-adjust-form:wallet-adjust-amount",
            "reason", "wallet-adjust-form:wallet-adjust-reason");

    @Inject
    private WalletService wallets;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private Formats formats;

    private Long customerId;
    private WalletBalance balance;
    private BigDecimal amount;
    private String text;
    private boolean conflict;

    private final ServicePagedModel<WalletTransactionView> rows = new ServicePagedModel<>(
            (request, counting) -> customerId == null ? null : wallets.transactions(customerId, request),
            WalletTransactionView::id, false);

    @PostConstruct
    void init() {
        customerId = CustomerIds.fromRequest();
        reload();
    }

    public void reload() {
        conflict = false;
        if (customerId == null) {
            return;
        }
        try {
            balance = wallets.balance(customerId);
        } catch (RuntimeException e) {
            balance = null;
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    /** Clears the dialog fields (top-up or adjustment). */
    public void newChange() {
        amount = null;
        text = null;
        conflict = false;
    }

    public void topUp() {
        if (customerId == null) {
            return;
        }
        try {
            done(wallets.topUp(customerId, amount, text), "wallet.topUp.done");
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), TOP_UP_MESSAGES, TOP_UP_FIELDS);
        }
    }

    public void adjust() {
        if (customerId == null || balance == null) {
            return;
        }
        try {
            done(wallets.adjust(customerId, amount, text, balance.version()), "wallet.adjust.done");
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, localeBean.getLocale(), ADJUST_MESSAGES, ADJUST_FIELDS)
                    .map(b -> "stale-version".equals(b.type())).orElse(false);
        }
    }

    private void done(WalletPosted posted, String key) {
        String message = Texts.get(key, formats.money(posted.amount()), formats.money(posted.balance()));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        balance = wallets.balance(customerId);
    }

    public boolean isCanTopUp() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("payment.create");
    }

    public boolean isCanAdjust() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("wallet.adjust");
    }

    public String typeKey(WalletTransactionView row) {
        return "wallet.type." + row.type().name();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public WalletBalance getBalance() {
        return balance;
    }

    public ServicePagedModel<WalletTransactionView> getRows() {
        return rows;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isConflict() {
        return conflict;
    }
}
