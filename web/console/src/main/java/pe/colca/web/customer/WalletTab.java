package pe.colca.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Map;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.customer.WalletBalance;
import pe.colca.customer.WalletPosted;
import pe.colca.customer.WalletService;
import pe.colca.customer.WalletTransactionView;
import pe.colca.web.Formats;
import pe.colca.web.Texts;

/**
 * The wallet tab of the customer page ({@code backoffice/customers/tabs/wallet.xhtml}, customer from the view
 * parameter {@code id}): the balance, the transactions paged (newest first), a top-up with its payment
 * reference (behind {@code payment.create}) and a manual adjustment with a reason (behind
 * {@code wallet.adjust}, only on the balance shown). Every read and write goes through {@link WalletService}.
 */
@Named
@ViewScoped
public class WalletTab extends LedgerTab<WalletBalance, WalletTransactionView> {

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
    private Formats formats;

    private BigDecimal amount;

    @Override
    protected WalletBalance read(long customerId) {
        return wallets.balance(customerId);
    }

    @Override
    protected Page<WalletTransactionView> lines(long customerId, PageRequest page) {
        return wallets.transactions(customerId, page);
    }

    @Override
    protected Object key(WalletTransactionView row) {
        return row.id();
    }

    /** Clears the dialog fields (top-up or adjustment). */
    public void newChange() {
        amount = null;
        clearChange();
    }

    public void topUp() {
        if (getCustomerId() == null) {
            return;
        }
        try {
            done(wallets.topUp(getCustomerId(), amount, text()), "wallet.topUp.done");
        } catch (RuntimeException e) {
            refused(e, TOP_UP_MESSAGES, TOP_UP_FIELDS);
        }
    }

    public void adjust() {
        if (!ready()) {
            return;
        }
        try {
            done(wallets.adjust(getCustomerId(), amount, text(), getBalance().version()), "wallet.adjust.done");
        } catch (RuntimeException e) {
            refused(e, ADJUST_MESSAGES, ADJUST_FIELDS);
        }
    }

    private void done(WalletPosted posted, String key) {
        changed(Texts.get(key, formats.money(posted.amount()), formats.money(posted.balance())), "saved");
    }

    public boolean isCanTopUp() {
        return callerHas("payment.create");
    }

    public boolean isCanAdjust() {
        return callerHas("wallet.adjust");
    }

    public String typeKey(WalletTransactionView row) {
        return "wallet.type." + row.type().name();
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getText() {
        return text();
    }

    public void setText(String text) {
        text(text);
    }
}
