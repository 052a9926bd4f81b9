package pe.colca.web.catalog;

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
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.catalog.BrandService;
import pe.colca.catalog.CategoryService;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductService;
import pe.colca.catalog.ProductFilter;
import pe.colca.catalog.ProductStatus;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/catalog/products.xhtml}: the paged product list with its search box
 * (name words accent-insensitive, or an exact SKU or barcode — the service decides), filters by
 * brand, category and status, and a switch to the deleted products, which can be restored there.
 */
@Named
@ViewScoped
public class ProductList implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String PRODUCTS = ":products-form:products-table";
    private static final String DELETED = ":products-form:deleted-table";

    @Inject
    private ProductService service;

    @Inject
    private BrandService brandService;

    @Inject
    private CategoryService categoryService;

    @Inject
    private LocaleBean localeBean;

    private CatalogChoices choices;

    private final ServicePagedModel<ProductRow> rows = new ServicePagedModel<>(
            (request, counting) -> service.listProducts(currentFilter(), request).map(p -> ProductRow.of(p, choices)),
            ProductRow::getId, true);

    private final ServicePagedModel<DeletedProductRow> deletedRows = new ServicePagedModel<>(
            (request, counting) -> service.searchDeletedProducts(text(), request).map(DeletedProductRow::of),
            DeletedProductRow::getId, false);

    private String search;
    private Long brandFilter;
    private Long categoryFilter;
    private ProductStatus statusFilter;
    private boolean showDeleted;

    @PostConstruct
    void init() {
        try {
            choices = CatalogChoices.load(brandService, categoryService);
        } catch (RuntimeException e) {
            choices = CatalogChoices.none();
            FacesErrors.show(e, locale(), null);
        }
    }

    /** Search text or a filter changed: back to the first page. */
    public void filter() {
        for (String id : List.of(PRODUCTS, DELETED)) {
            UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(id);
            if (table instanceof DataTable dataTable) {
                dataTable.setFirst(0);
            }
        }
    }

    public void clearFilters() {
        search = null;
        brandFilter = null;
        categoryFilter = null;
        statusFilter = null;
        filter();
    }

    ProductFilter currentFilter() {
        return new ProductFilter(text(), brandFilter, categoryFilter, statusFilter);
    }

    private String text() {
        return search == null || search.isBlank() ? null : search.strip();
    }

    /** Brings a deleted product back with the variants deleted with it. */
    public void restore(DeletedProductRow row) {
        try {
            Product restored = service.restoreProduct(row.getId());
            String text = Texts.get("product.restored");
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, restored.getName()));
            PrimeFaces.current().ajax().update("products-form");
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), null);
        }
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    // ---- properties ---------------------------------------------------------------------------

    public LazyDataModel<ProductRow> getRows() {
        return rows;
    }

    public LazyDataModel<DeletedProductRow> getDeletedRows() {
        return deletedRows;
    }

    public CatalogChoices getChoices() {
        return choices;
    }

    public ProductStatus[] getStatuses() {
        return ProductStatus.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getBrandFilter() {
        return brandFilter;
    }

    public void setBrandFilter(Long brandFilter) {
        this.brandFilter = brandFilter;
    }

    public Long getCategoryFilter() {
        return categoryFilter;
    }

    public void setCategoryFilter(Long categoryFilter) {
        this.categoryFilter = categoryFilter;
    }

    public ProductStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ProductStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public boolean isShowDeleted() {
        return showDeleted;
    }

    public void setShowDeleted(boolean showDeleted) {
        this.showDeleted = showDeleted;
    }
}
