package pe.colca.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;

/**
 * What the loyalty and wallet tabs of the customer page share: the customer from the view parameter
 * {@code id}, the balance read through the ledger's service, its lines paged (newest first) through
 * {@link ServicePagedModel}, and the state of the change dialog (its text — reason or reference — and
 * whether the last change met a newer balance: a conflict with a reload, never a silent overwrite).
 *
 * @param <B> the balance (its version is what a change applies to)
 * @param <R> a ledger line
 *
 * <p>Public: EL reads the inherited getters ({@code balance}, {@code rows}) only through a public class.
 */
public abstract class LedgerTab<B, R> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocaleBean localeBean;

    private Long customerId;
    private B balance;
    private String text;
    private boolean conflict;

    private final ServicePagedModel<R> rows = new ServicePagedModel<>(
            (request, counting) -> customerId == null ? null : lines(customerId, request), this::key, false);

    /** The balance of the customer now. */
    protected abstract B read(long customerId);

    /** A page of the customer's lines, newest first. */
    protected abstract Page<R> lines(long customerId, PageRequest page);

    /** The stable key of a line (its id). */
    protected abstract Object key(R row);

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
            balance = read(customerId);
        } catch (RuntimeException e) {
            balance = null;
            FacesErrors.show(e, locale(), null);
        }
    }

    /** Clears the change dialog before it opens. */
    protected void clearChange() {
        text = null;
        conflict = false;
    }

    /** After a change: the message, the dialog's callback parameter, and the new balance. */
    protected void changed(String message, String callbackParam) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
        PrimeFaces.current().ajax().addCallbackParam(callbackParam, true);
        balance = read(customerId);
    }

    /** Shows a refused change in its dialog; a stale version turns the conflict (with its reload) on. */
    protected void refused(RuntimeException e, String messagesKey, Map<String, String> fields) {
        conflict = FacesErrors.show(e, locale(), messagesKey, fields).map(b -> "stale-version".equals(b.type()))
                .orElse(false);
    }

    protected static boolean callerHas(String permission) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(permission);
    }

    protected Locale locale() {
        return localeBean.getLocale();
    }

    /** Whether a change can be made now (a customer and his balance are shown). */
    protected boolean ready() {
        return customerId != null && balance != null;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public B getBalance() {
        return balance;
    }

    public ServicePagedModel<R> getRows() {
        return rows;
    }

    protected String text() {
        return text;
    }

    protected void text(String text) {
        this.text = text;
    }

    public boolean isConflict() {
        return conflict;
    }
}
