package pe.colca.web.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.inventory.count.CountCorrections;
import pe.colca.inventory.count.CountLine;
import pe.colca.inventory.count.CountLineFilter;
import pe.colca.inventory.count.CountService;
import pe.colca.inventory.count.CountStatus;
import pe.colca.inventory.count.CountSummary;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/inventory/count.xhtml?id=}: one count session. A scan box that keeps
 * the focus (barcode or SKU + Enter adds one unit, or the quantity typed), the lines compared with
 * the system (system, counted, difference; editable counted quantity; "only differences" and "not
 * counted" filters), the progress, submission, cancellation and approval after a confirmation that
 * sums up the corrections in units and value at cost. Through {@link CountService}.
 */
@Named
@ViewScoped
public class CountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SCAN_MESSAGES = "scan";
    static final String APPROVE_MESSAGES = "approve-dialog";
    private static final String TABLE_CLIENT_ID = "count-form:lines-table";
    private static final String APPROVE_PERMISSION = "inventory.count.approve";

    @Inject
    private CountService counts;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<CountLine> rows = new ServicePagedModel<>(
            (request, counting) -> this.count == null ? null : counts.lines(this.count.id(), currentFilter(), request),
            CountLine::variantId, true);

    private CountSummary count;
    private String code;
    private Integer quantity;
    private Long lastVariantId;
    private CountLine lastLine;
    private String search;
    private boolean differencesOnly;
    private boolean notCountedOnly;
    private boolean uncountedAsZero;
    private CountCorrections preview;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            count = id == null || !id.matches("\\d{1,18}") ? null : counts.count(Long.parseLong(id));
        } catch (RuntimeException e) {
            count = null;
            FacesErrors.show(e, locale(), null);
        }
    }

    // ---- counting -----------------------------------------------------------------------------

    /** The scan box: one unit (or the quantity typed) of the barcode or SKU. */
    public void scan() {
        if (count == null) {
            return;
        }
        String scanned = code == null ? "" : code.strip();
        try {
            lastLine = counts.scan(count.id(), scanned, quantity);
            lastVariantId = lastLine.variantId();
            FacesContext.getCurrentInstance().addMessage(SCAN_MESSAGES, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.get("count.scan.done", lastLine.sku(), lastLine.counted()), null));
        } catch (RuntimeException e) {
            lastLine = null;
            FacesErrors.show(e, locale(), SCAN_MESSAGES);
        }
        code = null;
        quantity = null;
        reload();
    }

    /** A scan sent by Enter in the scan box (request parameter {@code code}; {@code Colca.scan} empties the box). */
    public void scanFromRequest() {
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        scan();
    }

    /** An edited counted quantity (request parameters variantId and counted, from the lines grid). */
    public void setCountedFromRequest() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            long variant = Long.parseLong(params.get("variantId"));
            String typed = params.get("counted");
            if (typed == null || !typed.strip().matches("\\d{1,7}")) {
                FacesContext.getCurrentInstance().addMessage(SCAN_MESSAGES, new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, Texts.get("count.counted.invalid"), null));
                return;
            }
            lastLine = counts.setCounted(count.id(), variant, Integer.parseInt(typed.strip()));
            lastVariantId = variant;
            FacesContext.getCurrentInstance().addMessage(SCAN_MESSAGES, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.get("count.scan.done", lastLine.sku(), lastLine.counted()), null));
        } catch (NumberFormatException e) {
            return;
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), SCAN_MESSAGES);
        }
        reload();
    }

    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + TABLE_CLIENT_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    CountLineFilter currentFilter() {
        return new CountLineFilter(search == null || search.isBlank() ? null : search.strip(), differencesOnly,
                notCountedOnly);
    }

    // ---- transitions --------------------------------------------------------------------------

    public void submit() {
        try {
            count = counts.submit(count.id(), count.version());
            info(Texts.get("count.submit.done", count.countNumber()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
            reload();
        }
    }

    public void cancel() {
        try {
            count = counts.cancel(count.id(), count.version());
            info(Texts.get("count.cancel.done", count.countNumber()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
            reload();
        }
    }

    /** Opens the approval dialog with what approving would post now. */
    public void startApprove() {
        uncountedAsZero = false;
        refreshPreview();
    }

    public void refreshPreview() {
        try {
            preview = counts.preview(count.id(), uncountedAsZero);
        } catch (RuntimeException e) {
            preview = null;
            FacesErrors.show(e, locale(), APPROVE_MESSAGES);
        }
    }

    public void approve() {
        try {
            CountCorrections posted = counts.approve(count.id(), count.version(), uncountedAsZero);
            count = counts.count(count.id());
            PrimeFaces.current().ajax().addCallbackParam("approved", true);
            info(Texts.get("count.approve.done", count.countNumber(), posted.correctedLines(), posted.unitsIn(),
                    posted.unitsOut()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), APPROVE_MESSAGES);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void reload() {
        try {
            count = counts.count(count.id());
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** CSS class of a line: the one just scanned, a difference, or none. */
    public String rowClass(CountLine line) {
        StringBuilder css = new StringBuilder();
        if (lastVariantId != null && lastVariantId == line.variantId()) {
            css.append("colca-row-scanned ");
        }
        Integer difference = line.difference();
        if (difference != null && difference != 0) {
            css.append("colca-row-low");
        }
        return css.toString().strip();
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<CountLine> getRows() {
        return rows;
    }

    public CountSummary getCount() {
        return count;
    }

    public boolean isOpen() {
        return count != null && count.status() == CountStatus.OPEN;
    }

    public boolean isSubmitted() {
        return count != null && count.status() == CountStatus.SUBMITTED;
    }

    public boolean isCancellable() {
        return count != null && count.status().unfinished();
    }

    public boolean isCanApprove() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(APPROVE_PERMISSION);
    }

    /** Percent of lines counted, for the progress bar. */
    public int getProgress() {
        return count == null || count.lines() == 0 ? 0 : (int) (100 * count.countedLines() / count.lines());
    }

    public CountLine getLastLine() {
        return lastLine;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isDifferencesOnly() {
        return differencesOnly;
    }

    public void setDifferencesOnly(boolean differencesOnly) {
        this.differencesOnly = differencesOnly;
    }

    public boolean isNotCountedOnly() {
        return notCountedOnly;
    }

    public void setNotCountedOnly(boolean notCountedOnly) {
        this.notCountedOnly = notCountedOnly;
    }

    public boolean isUncountedAsZero() {
        return uncountedAsZero;
    }

    public void setUncountedAsZero(boolean uncountedAsZero) {
        this.uncountedAsZero = uncountedAsZero;
    }

    public CountCorrections getPreview() {
        return preview;
    }
}
