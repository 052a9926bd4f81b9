package pe.colca.web.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.inventory.location.LocationService;
import pe.colca.inventory.transfer.TransferFilter;
import pe.colca.inventory.transfer.TransferService;
import pe.colca.inventory.transfer.TransferStatus;
import pe.colca.inventory.transfer.TransferSummary;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;

/**
 * Screen {@code /backoffice/inventory/transfers.xhtml}: the transfers, newest first, filtered by
 * status and by a location (either end) and searched by number; each row opens
 * {@code transfer.xhtml?id=}, where drafts are edited, dispatched and received.
 */
@Named
@ViewScoped
public class TransferList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":transfers-form:transfers-table";

    @Inject
    private TransferService transfers;

    @Inject
    private LocationService locations;

    @Inject
    private LocaleBean localeBean;

    private final ServicePagedModel<TransferSummary> rows = new ServicePagedModel<>(
            (request, counting) -> transfers.search(currentFilter(), request), TransferSummary::id, false);

    private List<LocationOption> locationOptions = List.of();
    private String search;
    private TransferStatus status;
    private Integer locationId;

    @PostConstruct
    void init() {
        try {
            locationOptions = LocationOption.all(locations);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), null);
        }
    }

    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        search = null;
        status = null;
        locationId = null;
        filter();
    }

    TransferFilter currentFilter() {
        return new TransferFilter(status, null, null, locationId,
                search == null || search.isBlank() ? null : search.strip());
    }

    public LazyDataModel<TransferSummary> getRows() {
        return rows;
    }

    public TransferStatus[] getStatuses() {
        return TransferStatus.values();
    }

    public List<LocationOption> getLocationOptions() {
        return locationOptions;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public void setStatus(TransferStatus status) {
        this.status = status;
    }

    public Integer getLocationId() {
        return locationId;
    }

    public void setLocationId(Integer locationId) {
        this.locationId = locationId;
    }
}
