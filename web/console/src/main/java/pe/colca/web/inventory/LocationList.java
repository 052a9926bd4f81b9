package pe.colca.web.inventory;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
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
import pe.colca.common.StaleVersion;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.location.LocationFilter;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.location.LocationType;
import pe.colca.web.FacesErrors;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/inventory/locations.xhtml}: the paged list of stores and warehouses, its
 * search and filters, the create/edit dialog and the delete confirmation. Every read and write goes
 * through {@link LocationService} (one transaction each); refusals become messages next to the
 * fields or in the open dialog, which stays open so the user can correct or reload.
 */
@Named
@ViewScoped
public class LocationList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Message keys of the two dialogs ({@code <p:messages for=... forType="key">}). */
    static final String EDIT_MESSAGES = "location-dialog";
    static final String DELETE_MESSAGES = "delete-dialog";

    /** Field names used by the service's {@code InvalidInput} / {@code DuplicateKey} → client ids. */
    private static final Map<String, String> EDIT_FIELDS = Map.of(
            "code", "location-form:location-code",
            "name", "location-form:location-name",
            "address", "location-form:location-address",
            "type", "location-form:location-type");
    private static final Map<String, String> DELETE_FIELDS = Map.of("reason", "delete-form:delete-reason");
    private static final String TABLE_CLIENT_ID = "locations-form:locations-table";
    private static final String TABLE = ":" + TABLE_CLIENT_ID;

    /** Values of the state filter. */
    public enum State { ALL, ACTIVE, INACTIVE }

    @Inject
    private LocationService service;

    @Inject
    private LocaleBean localeBean;

    /** Pages through {@link LocationService#search}; sorting by a column sends its field name. */
    private final ServicePagedModel<LocationRow> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(currentFilter(), request).map(LocationRow::of),
            LocationRow::getId, true);

    private String search;
    private LocationType typeFilter;
    private State stateFilter = State.ALL;

    private LocationForm form = LocationForm.blank();
    private boolean conflict;

    private LocationRow deleting;
    private String deleteReason;
    private boolean deleteConflict;

    // ---- list ---------------------------------------------------------------------------------

    /** Search text or a filter changed: back to the first page (the table is then re-rendered). */
    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        search = null;
        typeFilter = null;
        stateFilter = State.ALL;
        filter();
    }

    LocationFilter currentFilter() {
        Boolean active = switch (stateFilter == null ? State.ALL : stateFilter) {
            case ACTIVE -> Boolean.TRUE;
            case INACTIVE -> Boolean.FALSE;
            case ALL -> null;
        };
        return new LocationFilter(search == null || search.isBlank() ? null : search.strip(), typeFilter, active);
    }

    // ---- create / edit ------------------------------------------------------------------------

    public void newLocation() {
        form = LocationForm.blank();
        conflict = false;
    }

    /** Opens the edit dialog with the location as it is now, remembering its version. */
    public void edit(LocationRow row) {
        conflict = false;
        try {
            form = LocationForm.of(service.get(row.getId()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    public void save() {
        try {
            Location saved = form.isNew()
                    ? service.create(form.toData())
                    : service.update(form.getId(), form.getVersion(), form.toData());
            conflict = false;
            info(null, Texts.get(form.isNew() ? "location.created" : "location.updated"),
                    saved.getCode() + " · " + saved.getName());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), EDIT_MESSAGES, EDIT_FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    /** After a conflict: the dialog shows the location as it is now, with its new version. */
    public void reload() {
        try {
            form = LocationForm.of(service.get(form.getId()));
            conflict = false;
            info(EDIT_MESSAGES, Texts.get("location.reloaded"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), EDIT_MESSAGES);
        }
    }

    // ---- delete -------------------------------------------------------------------------------

    public void confirmDelete(LocationRow row) {
        deleteReason = null;
        deleteConflict = false;
        try {
            deleting = LocationRow.of(service.get(row.getId()));
        } catch (RuntimeException e) {
            deleting = null;
            FacesErrors.show(e, locale(), null);
        }
    }

    public void delete() {
        if (deleting == null) {
            return;
        }
        if (deleteReason == null || deleteReason.isBlank()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = Texts.get("location.delete.reasonRequired");
            faces.addMessage(DELETE_FIELDS.get("reason"), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        try {
            service.delete(deleting.getId(), deleting.getVersion(), deleteReason.strip());
            info(null, Texts.get("location.deleted"), deleting.getCode() + " · " + deleting.getName());
            PrimeFaces.current().ajax().addCallbackParam("deleted", true);
            PrimeFaces.current().ajax().update(TABLE_CLIENT_ID);
            deleting = null;
            deleteConflict = false;
        } catch (RuntimeException e) {
            deleteConflict = FacesErrors.show(e, locale(), DELETE_MESSAGES, DELETE_FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    /** After a conflict on delete: show the location as it is now so the user decides again. */
    public void reloadDeleting() {
        try {
            deleting = LocationRow.of(service.get(deleting.getId()));
            deleteConflict = false;
            info(DELETE_MESSAGES, Texts.get("location.reloaded"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), DELETE_MESSAGES);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Locale locale() {
        return localeBean.getLocale();
    }

    private static void info(String clientId, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail == null ? summary : detail));
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<LocationRow> getRows() {
        return rows;
    }

    public LocationType[] getTypes() {
        return LocationType.values();
    }

    public State[] getStates() {
        return State.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LocationType getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(LocationType typeFilter) {
        this.typeFilter = typeFilter;
    }

    public State getStateFilter() {
        return stateFilter;
    }

    public void setStateFilter(State stateFilter) {
        this.stateFilter = stateFilter;
    }

    public LocationForm getForm() {
        return form;
    }

    public boolean isConflict() {
        return conflict;
    }

    public LocationRow getDeleting() {
        return deleting;
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public void setDeleteReason(String deleteReason) {
        this.deleteReason = deleteReason;
    }

    public boolean isDeleteConflict() {
        return deleteConflict;
    }
}
