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
import pe.colca.common.StaleVersion;
import pe.colca.inventory.InventoryService;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.alert.StockAlertFilter;
import pe.colca.inventory.alert.StockAlertLine;
import pe.colca.inventory.alert.StockAlertService;
import pe.colca.inventory.VariantLabel;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/inventory/alerts.xhtml}: the low-stock thresholds of a location (or of
 * all), paged, searched by SKU or product and filtered by state; each with the available units, the
 * alert state (below / ok) and when it last fired. Writes ({@code inventory.alert.edit}): the
 * add/edit dialog (the variant by SKU), activate/deactivate, delete after a confirmation, and the
 * bulk "threshold N for every variant of a category or brand at a location". Every read and write
 * goes through {@link StockAlertService}.
 */
@Named
@ViewScoped
public class AlertList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EDIT_MESSAGES = "alert-dialog";
    static final String BULK_MESSAGES = "bulk-dialog";
    private static final Map<String, String> EDIT_FIELDS = Map.of(
            "variantId", "alert-form:alert-sku",
            "locationId", "alert-form:alert-location",
            "threshold", "alert-form:alert-threshold");
    private static final Map<String, String> BULK_FIELDS = Map.of(
            "locationId", "bulk-form:bulk-location",
            "categoryId", "bulk-form:bulk-category",
            "threshold", "bulk-form:bulk-threshold");
    private static final String TABLE_CLIENT_ID = "alerts-form:alerts-table";

    /** Values of the state filter. */
    public enum State { ALL, BELOW, OK }

    @Inject
    private StockAlertService alerts;

    @Inject
    private InventoryService inventory;

    @Inject
    private LocationService locations;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<StockAlertLine> rows = new ServicePagedModel<>(
            (request, counting) -> alerts.alerts(currentFilter(), request), StockAlertLine::id, true);

    private List<LocationOption> locationOptions = List.of();
    private Integer locationId;
    private String search;
    private State stateFilter = State.ALL;

    private Long editingId;
    private Long editingVersion;
    private Integer editLocationId;
    private String editSku;
    private Integer editThreshold;
    private boolean editActive = true;
    private boolean conflict;

    private StockAlertLine deleting;

    private Integer bulkLocationId;
    private Long bulkCategoryId;
    private Long bulkBrandId;
    private Integer bulkThreshold;
    private List<StockAlertService.Group> groups = List.of();

    @PostConstruct
    void init() {
        try {
            locationOptions = LocationOption.all(locations);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("location");
        locationId = locationOptions.stream().filter(l -> String.valueOf(l.id()).equals(asked))
                .map(LocationOption::id).findFirst().orElse(null);
    }

    // ---- list ---------------------------------------------------------------------------------

    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + TABLE_CLIENT_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        locationId = null;
        search = null;
        stateFilter = State.ALL;
        filter();
    }

    StockAlertFilter currentFilter() {
        Boolean below = switch (stateFilter == null ? State.ALL : stateFilter) {
            case BELOW -> Boolean.TRUE;
            case OK -> Boolean.FALSE;
            case ALL -> null;
        };
        return new StockAlertFilter(locationId, search == null || search.isBlank() ? null : search.strip(), below,
                null);
    }

    /** CSS class of a row: raised, inactive or none. */
    public String rowClass(StockAlertLine line) {
        if (!line.active()) {
            return "colca-row-inactive";
        }
        return line.below() ? "colca-row-low" : "";
    }

    // ---- add / edit ---------------------------------------------------------------------------

    public void newAlert() {
        editingId = null;
        editingVersion = null;
        editLocationId = locationId;
        editSku = null;
        editThreshold = null;
        editActive = true;
        conflict = false;
    }

    public void edit(StockAlertLine line) {
        conflict = false;
        try {
            load(alerts.alert(line.id()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    private void load(StockAlertLine a) {
        editingId = a.id();
        editingVersion = a.version();
        editLocationId = (int) a.locationId();
        editSku = a.sku();
        editThreshold = a.threshold();
        editActive = a.active();
    }

    public void save() {
        if (editLocationId == null) {
            fieldError(EDIT_FIELDS.get("locationId"), "alerts.locationRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long variantId;
        try {
            VariantLabel variant = inventory.variantBySku(editSku);
            if (variant == null) {
                fieldError(EDIT_FIELDS.get("variantId"), "alerts.skuUnknown");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            variantId = variant.id();
            StockAlertLine saved = alerts.setThreshold(variantId, editLocationId, editThreshold, editActive,
                    editingId == null ? null : editingVersion);
            conflict = false;
            info(Texts.get(editingId == null ? "alerts.created" : "alerts.updated"),
                    Texts.get("alerts.savedDetail", saved.sku(), saved.locationCode(), saved.threshold()));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), EDIT_MESSAGES, EDIT_FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    /** After a conflict: the dialog shows the threshold as it is now. */
    public void reload() {
        try {
            load(alerts.alert(editingId));
            conflict = false;
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), EDIT_MESSAGES);
        }
    }

    // ---- activate / delete --------------------------------------------------------------------

    public void toggleActive(StockAlertLine line) {
        try {
            StockAlertLine saved = alerts.setActive(line.id(), !line.active(), line.version());
            info(Texts.get(saved.active() ? "alerts.activated" : "alerts.deactivated"),
                    saved.sku() + " · " + saved.locationCode());
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    public void startDelete(StockAlertLine line) {
        deleting = line;
    }

    public void delete() {
        if (deleting == null) {
            return;
        }
        try {
            alerts.delete(deleting.id(), deleting.version());
            info(Texts.get("alerts.deleted"), deleting.sku() + " · " + deleting.locationCode());
            deleting = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    // ---- bulk ---------------------------------------------------------------------------------

    public void startBulk() {
        bulkLocationId = locationId;
        bulkCategoryId = null;
        bulkBrandId = null;
        bulkThreshold = null;
        try {
            groups = alerts.groups();
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    public void bulk() {
        if (bulkLocationId == null) {
            fieldError(BULK_FIELDS.get("locationId"), "alerts.locationRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            int changed = alerts.setThresholdForGroup(bulkLocationId, bulkCategoryId, bulkBrandId, bulkThreshold);
            info(Texts.get("alerts.bulk.done"), Texts.get("alerts.bulk.doneDetail", changed, bulkThreshold));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), BULK_MESSAGES, BULK_FIELDS);
        }
    }

    public List<StockAlertService.Group> getCategories() {
        return groups.stream().filter(g -> !g.brand()).toList();
    }

    public List<StockAlertService.Group> getBrands() {
        return groups.stream().filter(StockAlertService.Group::brand).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Locale locale() {
        return localeBean.getLocale();
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

    public LazyDataModel<StockAlertLine> getRows() {
        return rows;
    }

    public List<LocationOption> getLocationOptions() {
        return locationOptions;
    }

    public State[] getStates() {
        return State.values();
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

    public State getStateFilter() {
        return stateFilter;
    }

    public void setStateFilter(State stateFilter) {
        this.stateFilter = stateFilter;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public Integer getEditLocationId() {
        return editLocationId;
    }

    public void setEditLocationId(Integer editLocationId) {
        this.editLocationId = editLocationId;
    }

    public String getEditSku() {
        return editSku;
    }

    public void setEditSku(String editSku) {
        this.editSku = editSku;
    }

    public Integer getEditThreshold() {
        return editThreshold;
    }

    public void setEditThreshold(Integer editThreshold) {
        this.editThreshold = editThreshold;
    }

    public boolean isEditActive() {
        return editActive;
    }

    public void setEditActive(boolean editActive) {
        this.editActive = editActive;
    }

    public boolean isConflict() {
        return conflict;
    }

    public StockAlertLine getDeleting() {
        return deleting;
    }

    public Integer getBulkLocationId() {
        return bulkLocationId;
    }

    public void setBulkLocationId(Integer bulkLocationId) {
        this.bulkLocationId = bulkLocationId;
    }

    public Long getBulkCategoryId() {
        return bulkCategoryId;
    }

    public void setBulkCategoryId(Long bulkCategoryId) {
        this.bulkCategoryId = bulkCategoryId;
    }

    public Long getBulkBrandId() {
        return bulkBrandId;
    }

    public void setBulkBrandId(Long bulkBrandId) {
        this.bulkBrandId = bulkBrandId;
    }

    public Integer getBulkThreshold() {
        return bulkThreshold;
    }

    public void setBulkThreshold(Integer bulkThreshold) {
        this.bulkThreshold = bulkThreshold;
    }
}
