package pe.colca.web.customer;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.customer.CustomerFilter;
import pe.colca.customer.CustomerSegment;
import pe.colca.customer.CustomerService;
import pe.colca.web.ServicePagedModel;

/**
 * Screen {@code /backoffice/customers/customers.xhtml}: the paged, lazy list of customers with the
 * search (document, name without accents, email, phone) and the segment filter. A customer opens in
 * {@code customer.xhtml?id=N}; "Nuevo cliente" opens it without an id.
 */
@Named
@ViewScoped
public class CustomerList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":customers-form:customers-table";

    @Inject
    private CustomerService service;

    private final ServicePagedModel<CustomerRow> rows = new ServicePagedModel<>(
            (request, counting) -> service.search(currentFilter(), request).map(CustomerRow::of),
            CustomerRow::getId, true);

    private String search;
    private CustomerSegment segmentFilter;

    /** Search text or the filter changed: back to the first page. */
    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        search = null;
        segmentFilter = null;
        filter();
    }

    CustomerFilter currentFilter() {
        return new CustomerFilter(search == null || search.isBlank() ? null : search.strip(), segmentFilter, null);
    }

    public LazyDataModel<CustomerRow> getRows() {
        return rows;
    }

    public List<CustomerSegment> getSegments() {
        return List.of(CustomerSegment.values());
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public CustomerSegment getSegmentFilter() {
        return segmentFilter;
    }

    public void setSegmentFilter(CustomerSegment segmentFilter) {
        this.segmentFilter = segmentFilter;
    }
}
