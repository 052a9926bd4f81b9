package pe.colca.web.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.inventory.InventoryService;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.MovementPosted;
import pe.colca.inventory.StockAdjustment;
import pe.colca.inventory.StockChange;
import pe.colca.inventory.StockLine;
import pe.colca.inventory.StockLineFilter;
import pe.colca.inventory.StockSummary;
import pe.colca.inventory.VariantLabel;
import pe.colca.web.FacesErrors;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/inventory/stock.xhtml}: the stock of one active location, paged and
 * filtered (text, in stock only, low stock only), its totals and valuation at cost, low-stock
 * highlighting, and the two writes a warehouse clerk makes from here: a purchase receipt and a
 * manual adjustment with a reason. Every read and write goes through {@link InventoryService}.
 *
 * <p>Low stock: the pair's alert threshold when one is set ({@code inventory_alerts}: available
 * below it), otherwise available ≤ {@link #DEFAULT_LOW_STOCK}; available 0 is "out of stock".
 */
@Named
@ViewScoped
public class StockList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Without an alert threshold, a line is low when available ≤ this. */
    public static final int DEFAULT_LOW_STOCK = 5;

    static final String ADJUST_MESSAGES = "adjust-dialog";
    static final String RECEIPT_MESSAGES = "receipt-dialog";
    private static final Map<String, String> ADJUST_FIELDS = Map.of(
            "quantity", "adjust-form:adjust-quantity",
            "reason", "adjust-form:adjust-reason",
            "referenceDoc", "adjust-form:adjust-reference");
    private static final Map<String, String> RECEIPT_FIELDS = Map.of(
            "variantId", "receipt-form:receipt-sku",
            "quantity", "receipt-form:receipt-quantity",
            "referenceDoc", "receipt-form:receipt-reference",
            "notes", "receipt-form:receipt-notes");
    private static final String TABLE_CLIENT_ID = "stock-form:stock-table";
    private static final String SUMMARY_CLIENT_ID = "stock-form:stock-summary";

    @Inject
    private InventoryService inventory;

    @Inject
    private LocationService locations;

    @Inject
    private LocaleBean localeBean;

    /** Pages through {@link InventoryService#stockLines} of the chosen location (nothing until one is chosen). */
    private final ServicePagedModel<StockLine> rows = new ServicePagedModel<>(
            (request, counting) -> this.locationId == null ? null : inventory.stockLines(this.locationId, currentFilter(), request),
            StockLine::variantId, true);

    private List<LocationOption> locationOptions = List.of();
    private Integer locationId;
    private String search;
    private boolean inStockOnly;
    private boolean lowStockOnly;
    private StockSummary summary;

    private StockLine adjusting;
    private Integer adjustQuantity;
    private String adjustReason;
    private String adjustReference;

    private String receiptSku;
    private Integer receiptQuantity;
    private String receiptReference;
    private String receiptNotes;

    @PostConstruct
    void init() {
        try {
            locationOptions = LocationOption.active(locations);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("location");
        locationId = locationOptions.stream().filter(l -> String.valueOf(l.id()).equals(asked))
                .map(LocationOption::id).findFirst()
                .orElse(locationOptions.isEmpty() ? null : locationOptions.get(0).id());
        refreshSummary();
    }

    // ---- list ---------------------------------------------------------------------------------

    /** The location, the search text or a filter changed: first page, fresh totals. */
    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + TABLE_CLIENT_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
        refreshSummary();
    }

    public void clearFilters() {
        search = null;
        inStockOnly = false;
        lowStockOnly = false;
        filter();
    }

    private void refreshSummary() {
        if (locationId == null) {
            summary = null;
            return;
        }
        try {
            summary = inventory.stockSummary(locationId, DEFAULT_LOW_STOCK);
        } catch (RuntimeException e) {
            summary = null;
            FacesErrors.show(e, locale(), null);
        }
    }

    StockLineFilter currentFilter() {
        return new StockLineFilter(search == null || search.isBlank() ? null : search.strip(), inStockOnly,
                lowStockOnly, DEFAULT_LOW_STOCK);
    }

    /** CSS class of a row: out of stock, low stock or none. */
    public String rowClass(StockLine line) {
        if (line.available() <= 0) {
            return "colca-row-out";
        }
        return line.lowStock() ? "colca-row-low" : "";
    }

    // ---- adjustment ---------------------------------------------------------------------------

    public void startAdjust(StockLine line) {
        adjusting = line;
        adjustQuantity = null;
        adjustReason = null;
        adjustReference = null;
    }

    public void adjust() {
        if (adjusting == null || locationId == null) {
            return;
        }
        boolean refused = false;
        if (adjustQuantity == null || adjustQuantity == 0) {
            fieldError(ADJUST_FIELDS.get("quantity"), "stock.adjust.quantityRequired");
            refused = true;
        }
        if (adjustReason == null || adjustReason.isBlank()) {
            fieldError(ADJUST_FIELDS.get("reason"), "stock.adjust.reasonRequired");
            refused = true;
        }
        if (refused) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            MovementPosted posted = inventory.adjust(new StockAdjustment(adjusting.variantId(), locationId,
                    adjustQuantity, adjustReason.strip(), adjustReference));
            info(Texts.get("stock.adjust.done"), Texts.get("stock.adjust.doneDetail", adjusting.sku(),
                    signed(adjustQuantity), posted.stock().getQuantityOnHand()));
            PrimeFaces.current().ajax().addCallbackParam("adjusted", true);
            afterWrite();
            adjusting = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), ADJUST_MESSAGES, ADJUST_FIELDS);
        }
    }

    /** On hand after the adjustment being typed (for the confirmation), or null. */
    public Integer getAdjustResult() {
        return adjusting == null || adjustQuantity == null ? null : adjusting.onHand() + adjustQuantity;
    }

    // ---- receipt ------------------------------------------------------------------------------

    public void startReceipt() {
        receiptSku = null;
        receiptQuantity = null;
        receiptReference = null;
        receiptNotes = null;
    }

    public void receive() {
        if (locationId == null) {
            return;
        }
        VariantLabel variant;
        try {
            variant = inventory.variantBySku(receiptSku);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), RECEIPT_MESSAGES);
            return;
        }
        if (variant == null) {
            fieldError(RECEIPT_FIELDS.get("variantId"), "stock.receipt.skuUnknown");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            MovementPosted posted = inventory.receive(new StockChange(variant.id(), locationId, receiptQuantity,
                    receiptReference, receiptNotes));
            info(Texts.get("stock.receipt.done"), Texts.get("stock.receipt.doneDetail", variant.sku(),
                    receiptQuantity, posted.stock().getQuantityOnHand()));
            PrimeFaces.current().ajax().addCallbackParam("received", true);
            afterWrite();
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), RECEIPT_MESSAGES, RECEIPT_FIELDS);
        }
    }

    private void afterWrite() {
        refreshSummary();
        PrimeFaces.current().ajax().update(TABLE_CLIENT_ID, SUMMARY_CLIENT_ID);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Locale locale() {
        return localeBean.getLocale();
    }

    private static String signed(int quantity) {
        return quantity > 0 ? "+" + quantity : String.valueOf(quantity);
    }

    private static void fieldError(String clientId, String key) {
        String text = Texts.get(key);
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<StockLine> getRows() {
        return rows;
    }

    public List<LocationOption> getLocationOptions() {
        return locationOptions;
    }

    public LocationOption getLocation() {
        return locationOptions.stream().filter(l -> locationId != null && l.id() == locationId).findFirst()
                .orElse(null);
    }

    public Integer getLocationId() {
        return locationId;
    }

    public void setLocationId(Integer locationId) {
        this.locationId = locationId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isInStockOnly() {
        return inStockOnly;
    }

    public void setInStockOnly(boolean inStockOnly) {
        this.inStockOnly = inStockOnly;
    }

    public boolean isLowStockOnly() {
        return lowStockOnly;
    }

    public void setLowStockOnly(boolean lowStockOnly) {
        this.lowStockOnly = lowStockOnly;
    }

    public StockSummary getSummary() {
        return summary;
    }

    public int getDefaultLowStock() {
        return DEFAULT_LOW_STOCK;
    }

    public StockLine getAdjusting() {
        return adjusting;
    }

    public Integer getAdjustQuantity() {
        return adjustQuantity;
    }

    public void setAdjustQuantity(Integer adjustQuantity) {
        this.adjustQuantity = adjustQuantity;
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public void setAdjustReason(String adjustReason) {
        this.adjustReason = adjustReason;
    }

    public String getAdjustReference() {
        return adjustReference;
    }

    public void setAdjustReference(String adjustReference) {
        this.adjustReference = adjustReference;
    }

    public String getReceiptSku() {
        return receiptSku;
    }

    public void setReceiptSku(String receiptSku) {
        this.receiptSku = receiptSku;
    }

    public Integer getReceiptQuantity() {
        return receiptQuantity;
    }

    public void setReceiptQuantity(Integer receiptQuantity) {
        this.receiptQuantity = receiptQuantity;
    }

    public String getReceiptReference() {
        return receiptReference;
    }

    public void setReceiptReference(String receiptReference) {
        this.receiptReference = receiptReference;
    }

    public String getReceiptNotes() {
        return receiptNotes;
    }

    public void setReceiptNotes(String receiptNotes) {
        this.receiptNotes = receiptNotes;
    }
}
