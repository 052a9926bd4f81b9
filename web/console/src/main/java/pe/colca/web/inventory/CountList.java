package pe.colca.web.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.catalog.CategoryService;
import pe.colca.common.PageRequest;
import pe.colca.inventory.count.CountFilter;
import pe.colca.inventory.count.CountScope;
import pe.colca.inventory.count.CountService;
import pe.colca.inventory.count.CountStart;
import pe.colca.inventory.count.CountStatus;
import pe.colca.inventory.count.CountSummary;
import pe.colca.inventory.location.LocationService;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;
import pe.colca.web.AllPages;

/**
 * Screen {@code /backoffice/inventory/counts.xhtml}: the count sessions, newest first, paged and
 * filtered (location, status, text), and the dialog that starts a count (all the stock of a
 * location, or chosen SKUs) and opens it on {@code count.xhtml}; a button takes the full audit
 * snapshot of the stock now. Through {@link CountService}.
 */
@Named
@ViewScoped
public class CountList implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String START_MESSAGES = "start-dialog";
    private static final Map<String, String> START_FIELDS = Map.of(
            "locationId", "start-form:start-location",
            "skus", "start-form:start-skus",
            "categoryId", "start-form:start-category",
            "notes", "start-form:start-notes");
    private static final String TABLE_CLIENT_ID = "counts-form:counts-table";

    @Inject
    private CountService counts;

    @Inject
    private LocationService locations;

    @Inject
    private CategoryService catalog;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<CountSummary> rows = new ServicePagedModel<>(
            (request, counting) -> counts.counts(currentFilter(), request), CountSummary::id, false);

    private List<LocationOption> locationOptions = List.of();
    private List<CategoryOption> categories = List.of();
    private Integer startCategory;
    private Integer locationFilter;
    private CountStatus statusFilter;
    private String search;

    private Integer startLocation;
    private CountScope startScope = CountScope.ALL;
    private String startSkus;
    private String startNotes;

    @PostConstruct
    void init() {
        try {
            locationOptions = LocationOption.active(locations);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
        try {
            categories = AllPages.read(offset -> catalog.searchCategories(null, null, false,
                    new PageRequest(offset, PageRequest.MAX_LIMIT, "name", true))).stream()
                    .map(c -> new CategoryOption(c.getId(), c.getName())).toList();
        } catch (RuntimeException e) {
            categories = List.of(); // without catalog.product.view: counts by SKU only
        }
    }

    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + TABLE_CLIENT_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        locationFilter = null;
        statusFilter = null;
        search = null;
        filter();
    }

    CountFilter currentFilter() {
        return new CountFilter(locationFilter, statusFilter, search == null || search.isBlank() ? null : search.strip());
    }

    public void startNew() {
        startLocation = locationOptions.isEmpty() ? null : locationOptions.get(0).id();
        startScope = CountScope.ALL;
        startSkus = null;
        startCategory = null;
        startNotes = null;
    }

    /** Starts the count and opens it. */
    public void start() {
        List<String> skus = startScope == CountScope.SELECTED && startSkus != null
                ? Arrays.stream(startSkus.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList() : List.of();
        try {
            CountSummary started = counts.start(new CountStart(startLocation, startScope, skus,
                    startScope == CountScope.SELECTED && startCategory != null ? startCategory.longValue() : null,
                    startNotes));
            PrimeFaces.current().ajax().addCallbackParam("started", true);
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/backoffice/inventory/count.xhtml?id=" + started.id());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), START_MESSAGES, START_FIELDS);
        }
    }

    /** The full audit snapshot now (what the daily scheduled one writes), after a confirmation. */
    public void takeSnapshot() {
        try {
            int rows = counts.takeSnapshot();
            String text = Texts.get("counts.snapshot.done", rows);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    /** Whether the caller may take a snapshot now (inventory.count.approve). */
    public boolean isCanSnapshot() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("inventory.count.approve");
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<CountSummary> getRows() {
        return rows;
    }

    public List<LocationOption> getLocationOptions() {
        return locationOptions;
    }

    public CountStatus[] getStatuses() {
        return CountStatus.values();
    }

    public CountScope[] getScopes() {
        return CountScope.values();
    }

    public Integer getLocationFilter() {
        return locationFilter;
    }

    public void setLocationFilter(Integer locationFilter) {
        this.locationFilter = locationFilter;
    }

    public CountStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(CountStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<CategoryOption> getCategories() {
        return categories;
    }

    public Integer getStartCategory() {
        return startCategory;
    }

    public void setStartCategory(Integer startCategory) {
        this.startCategory = startCategory;
    }

    public Integer getStartLocation() {
        return startLocation;
    }

    public void setStartLocation(Integer startLocation) {
        this.startLocation = startLocation;
    }

    public CountScope getStartScope() {
        return startScope;
    }

    public void setStartScope(CountScope startScope) {
        this.startScope = startScope;
    }

    public String getStartSkus() {
        return startSkus;
    }

    public void setStartSkus(String startSkus) {
        this.startSkus = startSkus;
    }

    public String getStartNotes() {
        return startNotes;
    }

    public void setStartNotes(String startNotes) {
        this.startNotes = startNotes;
    }

    /** A category the start dialog offers. */
    public record CategoryOption(int id, String name) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
