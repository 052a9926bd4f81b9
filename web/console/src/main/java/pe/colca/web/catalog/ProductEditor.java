package pe.colca.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import pe.colca.catalog.BrandService;
import pe.colca.catalog.CategoryService;
import pe.colca.catalog.ProductService;
import pe.colca.catalog.CategoryPath;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.TaxAffectation;
import pe.colca.catalog.VariantService;
import pe.colca.common.StaleVersion;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/catalog/product.xhtml[?id=…]}: creates a product (with its first
 * variant) or edits one — texts, brand, category with its breadcrumbs, cost, tax affectation,
 * status and the attributes table — with its variants grid and the optimistic-lock conflict on a
 * stale save. Each dialog of {@code backoffice/catalog/dialogs/} has its own bean, which reads the
 * product being edited from this one and asks it to {@link #refresh()} after a change:
 * {@link VariantEditDialog}, {@link VariantDeleteDialog}, {@link PriceChangeDialog},
 * {@link PriceHistoryDialog} and {@link ProductDeleteDialog}.
 */
@Named
@ViewScoped
public class ProductEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PRODUCT_MESSAGES = "product-messages";
    private static final String VARIANTS_TABLE = ":variants-form:variants-table";

    private static final Map<String, String> PRODUCT_FIELDS = Map.ofEntries(
            Map.entry("name", "product-form:product-name"),
            Map.entry("product.name", "product-form:product-name"),
            Map.entry("slug", "product-form:product-slug"),
            Map.entry("product.slug", "product-form:product-slug"),
            Map.entry("brandId", "product-form:product-brand"),
            Map.entry("product.brandId", "product-form:product-brand"),
            Map.entry("categoryId", "product-form:product-category"),
            Map.entry("product.categoryId", "product-form:product-category"),
            Map.entry("costPrice", "product-form:product-cost"),
            Map.entry("product.costPrice", "product-form:product-cost"),
            Map.entry("basePrice", "product-form:product-price"),
            Map.entry("taxAffectation", "product-form:product-tax"),
            Map.entry("product.taxAffectation", "product-form:product-tax"),
            Map.entry("status", "product-form:product-status"),
            Map.entry("product.status", "product-form:product-status"),
            Map.entry("sku", "product-form:first-sku"),
            Map.entry("variants[0].sku", "product-form:first-sku"),
            Map.entry("barcode", "product-form:first-barcode"),
            Map.entry("variants[0].barcode", "product-form:first-barcode"),
            Map.entry("variants[0].size", "product-form:first-size"),
            Map.entry("variants[0].color", "product-form:first-color"),
            Map.entry("priceOverride", "product-form:first-override"),
            Map.entry("variants[0].priceOverride", "product-form:first-override"));
    private static final String ATTRIBUTES_MESSAGE = "product-form:attributes-message";

    /** The taxes offered: the three everyday SUNAT affectations (catalog 07). */
    private static final List<TaxAffectation> MAIN_TAXES = List.of(TaxAffectation.GRAVADO_ONEROSA,
            TaxAffectation.EXONERADO_ONEROSA, TaxAffectation.INAFECTO_ONEROSA);

    @Inject
    private ProductService products;

    @Inject
    private VariantService variantService;

    @Inject
    private CategoryService categories;

    @Inject
    private BrandService brands;

    @Inject
    private LocaleBean localeBean;

    /** The {@code id} request parameter; null for a new product. */
    private Long id;
    private boolean missing;
    private CatalogChoices choices;
    private ProductForm form = ProductForm.blank();
    private String savedName;
    /** The variants grid: one page at a time (a product may have thousands), by SKU. */
    private final ServicePagedModel<VariantRow> variants = new ServicePagedModel<>(
            (request, counting) -> form.getId() == null ? null
                    : variantService.productVariants(form.getId(), variantSearch(), request)
                            .map(v -> VariantRow.of(v, v.getProduct().getBasePrice())),
            VariantRow::getId, true);
    private String variantSearch;
    private List<CategoryPath.Crumb> breadcrumbs = List.of();
    private boolean conflict;

    // ---- loading ------------------------------------------------------------------------------

    /** Reads the product of the {@code id} parameter (or prepares a new one) once per view. */
    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = param == null || param.isBlank() ? null : Long.valueOf(param.strip());
        } catch (NumberFormatException e) {
            id = -1L;
        }
        try {
            choices = CatalogChoices.load(brands, categories);
            if (id != null) {
                show(products.getProductHeader(id));
            }
        } catch (RuntimeException e) {
            if (choices == null) {
                choices = CatalogChoices.none();
            }
            missing = id != null;
            FacesErrors.show(e, locale(), null);
        }
    }

    private void show(Product product) {
        form = ProductForm.of(product);
        savedName = product.getName();
        categoryChanged();
    }

    /**
     * After a change made in a dialog (variant, price): the product's new version and base price; what
     * the user typed in the product form stays. The variants grid reads its page again when rendered.
     */
    public void refresh() {
        form.refresh(products.getProductHeader(form.getId()));
    }

    /** The variants grid's search (part of a SKU, or a barcode) changed: back to its first page. */
    public void filterVariants() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(VARIANTS_TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    private String variantSearch() {
        return variantSearch == null || variantSearch.isBlank() ? null : variantSearch.strip();
    }

    // ---- product ------------------------------------------------------------------------------

    public void nameChanged() {
        form.nameChanged();
    }

    public void categoryChanged() {
        breadcrumbs = form.getCategoryId() == null ? List.of()
                : categories.breadcrumbs(form.getCategoryId().intValue());
    }

    public void addAttribute() {
        form.getAttributes().add();
    }

    public void removeAttribute(KeyValueTable.Row row) {
        form.getAttributes().remove(row);
    }

    /** Creates the product (then opens it by id) or saves the edit with the version read. */
    public String save() {
        try {
            if (form.isNew()) {
                Product created = products.createProduct(form.toNewProduct());
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().getFlash().setKeepMessages(true);
                ConsoleMessages.info(null, Texts.get("product.created"), created.getName());
                return "/backoffice/catalog/product?faces-redirect=true&id=" + created.getId();
            }
            Product saved = products.updateProduct(form.getId(), form.getVersion(), form.toData());
            show(saved);
            conflict = false;
            ConsoleMessages.info(null, Texts.get("product.updated"), saved.getName());
        } catch (KeyValueTable.Invalid e) {
            ConsoleMessages.invalidTable(ATTRIBUTES_MESSAGE, e);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), PRODUCT_MESSAGES, PRODUCT_FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
        return null;
    }

    /** After a conflict: the product as it is now (the user's unsaved changes are dropped). */
    public void reload() {
        try {
            show(products.getProductHeader(form.getId()));
            conflict = false;
            ConsoleMessages.info(PRODUCT_MESSAGES, Texts.get("product.reloaded"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), PRODUCT_MESSAGES);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Locale locale() {
        return localeBean.getLocale();
    }

    // ---- properties ---------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    /**
     * The {@code id} view parameter, so links that keep view parameters (the language switch) reopen
     * this product. The product itself is read once, when the view starts ({@link #load()}).
     */
    public String getIdParam() {
        return form.getId() == null ? null : String.valueOf(form.getId());
    }

    /** Ignored: the view parameter is read once by {@link #load()}. */
    public void setIdParam(String ignored) {
        // the product was read when the view started; a postback does not switch products
    }

    public boolean isMissing() {
        return missing;
    }

    public CatalogChoices getChoices() {
        return choices;
    }

    public ProductForm getForm() {
        return form;
    }

    public String getSavedName() {
        return savedName;
    }

    public LazyDataModel<VariantRow> getVariants() {
        return variants;
    }

    public String getVariantSearch() {
        return variantSearch;
    }

    public void setVariantSearch(String variantSearch) {
        this.variantSearch = variantSearch;
    }

    /** A variant as it is now (after a {@link #refresh()}: its new version and price); empty when gone. */
    public Optional<VariantRow> findVariant(long variantId) {
        try {
            ProductVariant v = variantService.getVariant(variantId);
            return Optional.of(VariantRow.of(v, v.getProduct().getBasePrice()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public List<CategoryPath.Crumb> getBreadcrumbs() {
        return breadcrumbs;
    }

    /** The breadcrumbs as one line ("Ropa › Polos"). */
    public String getBreadcrumbText() {
        return String.join(CatalogChoices.SEPARATOR, breadcrumbs.stream().map(CategoryPath.Crumb::name).toList());
    }

    public List<TaxAffectation> getTaxes() {
        List<TaxAffectation> taxes = new ArrayList<>(MAIN_TAXES);
        if (form.getTaxAffectation() != null && !taxes.contains(form.getTaxAffectation())) {
            taxes.add(form.getTaxAffectation());
        }
        return taxes;
    }

    /** Label of a tax affectation: the everyday three by name, any other by its SUNAT code. */
    public String taxLabel(TaxAffectation tax) {
        return MAIN_TAXES.contains(tax) ? Texts.get("product.tax." + tax.name())
                : Texts.get("product.tax.other", tax.code());
    }

    public ProductStatus[] getStatuses() {
        return ProductStatus.values();
    }

    public boolean isConflict() {
        return conflict;
    }
}
