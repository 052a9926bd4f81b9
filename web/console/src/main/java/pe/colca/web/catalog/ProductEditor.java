package pe.colca.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import pe.colca.catalog.media.CatalogMediaService;
import pe.colca.catalog.BrandService;
import pe.colca.catalog.CategoryService;
import pe.colca.catalog.PriceService;
import pe.colca.catalog.ProductService;
import pe.colca.catalog.VariantService;
import pe.colca.catalog.CategoryPath;
import pe.colca.catalog.JustificationRequired;
import pe.colca.catalog.PriceChangeData;
import pe.colca.catalog.PriceChangeType;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductImage;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.TaxAffectation;
import pe.colca.common.BusinessException;
import pe.colca.common.StaleVersion;
import pe.colca.web.FacesErrors;
import pe.colca.web.Formats;
import pe.colca.web.LocaleBean;
import pe.colca.web.ServicePagedModel;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/catalog/product.xhtml[?id=…]}: creates a product (with its first
 * variant) or edits one — texts, brand, category with its breadcrumbs, cost, tax affectation,
 * status and the attributes table — with its variants grid, the price-change dialog (base price or a
 * variant's override, with the justification the service may ask for), the per-variant price
 * history, soft delete with a reason and the optimistic-lock conflict on a stale save. In the variant
 * dialog the main image changes at once: uploaded ({@link CatalogMediaService#setVariantImage}, which
 * checks size, format and the version), picked from the product's gallery or removed (an edit of the
 * stored variant with the dialog's version); the grid shows it as a thumbnail.
 */
@Named
@ViewScoped
public class ProductEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PRODUCT_MESSAGES = "product-messages";
    static final String VARIANT_MESSAGES = "variant-dialog";
    static final String VARIANT_DELETE_MESSAGES = "variant-delete-dialog";
    static final String PRICE_MESSAGES = "price-dialog";
    static final String DELETE_MESSAGES = "product-delete-dialog";

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
    private static final Map<String, String> VARIANT_FIELDS = Map.of(
            "sku", "variant-form:variant-sku",
            "barcode", "variant-form:variant-barcode",
            "size", "variant-form:variant-size",
            "color", "variant-form:variant-color",
            "priceOverride", "variant-form:variant-override",
            "weight", "variant-form:variant-weight");
    private static final Map<String, String> PRICE_FIELDS = Map.of(
            "newPrice", "price-form:price-new",
            "justification", "price-form:price-justification");
    private static final String ATTRIBUTES_MESSAGE = "product-form:attributes-message";
    private static final String DIMENSIONS_MESSAGE = "variant-form:dimensions-message";

    /** The taxes offered: the three everyday SUNAT affectations (catalog 07). */
    private static final List<TaxAffectation> MAIN_TAXES = List.of(TaxAffectation.GRAVADO_ONEROSA,
            TaxAffectation.EXONERADO_ONEROSA, TaxAffectation.INAFECTO_ONEROSA);

    @Inject
    private ProductService service;

    @Inject
    private VariantService variantService;

    @Inject
    private PriceService priceService;

    @Inject
    private CategoryService categoryService;

    @Inject
    private BrandService brandService;

    @Inject
    private CatalogMediaService media;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private Formats formats;

    /** The {@code id} request parameter; null for a new product. */
    private Long id;
    private boolean missing;
    private CatalogChoices choices;
    private ProductForm form = ProductForm.blank();
    private String savedName;
    private List<VariantRow> variants = new ArrayList<>();
    private List<CategoryPath.Crumb> breadcrumbs = List.of();
    private boolean conflict;

    private String deleteReason;
    private boolean deleteConflict;

    private VariantForm variantForm = VariantForm.blank();
    private boolean variantConflict;
    /** The product's gallery (image URLs in display order) offered as a variant's main image. */
    private List<String> gallery = List.of();
    private VariantRow deletingVariant;
    private String variantDeleteReason;

    private VariantRow priceVariant;
    private BigDecimal priceOld;
    private BigDecimal newPrice;
    private String justification;
    private boolean justificationAsked;
    private boolean priceConflict;

    private VariantRow historyVariant;
    private final ServicePagedModel<PriceHistoryRow> history = new ServicePagedModel<>(
            (request, counting) -> historyVariant == null ? null
                    : priceService.priceHistoryLines(historyVariant.getId(), request).map(PriceHistoryRow::of),
            PriceHistoryRow::getId, false);

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
            choices = CatalogChoices.load(brandService, categoryService);
            if (id != null) {
                show(service.getProduct(id));
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
        showVariants(product);
        categoryChanged();
    }

    private void showVariants(Product product) {
        variants = new ArrayList<>();
        for (ProductVariant v : product.getVariants()) {
            if (!v.isDeleted()) {
                variants.add(VariantRow.of(v, product.getBasePrice()));
            }
        }
    }

    /** After a variant or price change: new version, base price and variants; the user's typing stays. */
    private void refresh() {
        Product product = service.getProduct(form.getId());
        form.refresh(product);
        showVariants(product);
    }

    // ---- product ------------------------------------------------------------------------------

    public void nameChanged() {
        form.nameChanged();
    }

    public void categoryChanged() {
        breadcrumbs = form.getCategoryId() == null ? List.of()
                : categoryService.breadcrumbs(form.getCategoryId().intValue());
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
                Product created = service.createProduct(form.toNewProduct());
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().getFlash().setKeepMessages(true);
                info(null, Texts.get("product.created"), created.getName());
                return "/backoffice/catalog/product?faces-redirect=true&id=" + created.getId();
            }
            Product saved = service.updateProduct(form.getId(), form.getVersion(), form.toData());
            show(saved);
            conflict = false;
            info(null, Texts.get("product.updated"), saved.getName());
        } catch (KeyValueTable.Invalid e) {
            tableError(ATTRIBUTES_MESSAGE, e);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), PRODUCT_MESSAGES, PRODUCT_FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
        return null;
    }

    /** After a conflict: the product as it is now (the user's unsaved changes are dropped). */
    public void reload() {
        try {
            show(service.getProduct(form.getId()));
            conflict = false;
            info(PRODUCT_MESSAGES, Texts.get("product.reloaded"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), PRODUCT_MESSAGES);
        }
    }

    public void confirmDelete() {
        deleteReason = null;
        deleteConflict = false;
    }

    public String delete() {
        if (deleteReason == null || deleteReason.isBlank()) {
            fieldError("product-delete-form:product-delete-reason", Texts.get("product.delete.reasonRequired"));
            return null;
        }
        try {
            service.deleteProduct(form.getId(), form.getVersion(), deleteReason.strip());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            info(null, Texts.get("product.deleted"), savedName);
            return "/backoffice/catalog/products?faces-redirect=true";
        } catch (RuntimeException e) {
            deleteConflict = FacesErrors.show(e, locale(), DELETE_MESSAGES, Map.of("reason",
                    "product-delete-form:product-delete-reason")).filter(StaleVersion.class::isInstance).isPresent();
            return null;
        }
    }

    // ---- variants -----------------------------------------------------------------------------

    public void newVariant() {
        variantForm = VariantForm.blank();
        variantConflict = false;
    }

    public void editVariant(VariantRow row) {
        variantForm = VariantForm.of(row);
        variantConflict = false;
        try {
            gallery = media.images(form.getId()).stream().map(ProductImage::getUrl).toList();
        } catch (RuntimeException e) {
            gallery = List.of();
            FacesErrors.show(e, locale(), VARIANT_MESSAGES);
        }
    }

    /** Uploads the main image of the variant in the dialog, with the version the dialog read. */
    public void uploadVariantImage(FileUploadEvent event) {
        if (variantForm.isNew()) {
            return;
        }
        String fileName = event.getFile().getFileName();
        try {
            ProductVariant saved = media.setVariantImage(variantForm.getId(), variantForm.getVersion(),
                    event.getFile().getContent());
            variantImageChanged(saved, "variant.image.uploaded", fileName);
        } catch (RuntimeException e) {
            variantImageRefused(CatalogImageUpload.refused(e, fileName, locale(), VARIANT_MESSAGES));
        }
    }

    /** Makes one of the product's gallery images the variant's main image. */
    public void pickVariantImage(String url) {
        if (variantForm.isNew() || url == null || !gallery.contains(url)) {
            return;
        }
        changeVariantImage(url, "variant.image.picked");
    }

    /** The variant keeps no main image. */
    public void removeVariantImage() {
        if (!variantForm.isNew()) {
            changeVariantImage(null, "variant.image.removed");
        }
    }

    /** Picked or removed: the variant as stored with the other image, with the dialog's version. */
    private void changeVariantImage(String url, String messageKey) {
        try {
            ProductVariant current = variantService.getVariant(variantForm.getId());
            ProductVariant saved = variantService.updateVariant(variantForm.getId(), variantForm.getVersion(),
                    VariantForm.storedWithImage(current, url));
            variantImageChanged(saved, messageKey, null);
        } catch (RuntimeException e) {
            variantImageRefused(FacesErrors.show(e, locale(), VARIANT_MESSAGES));
        }
    }

    private void variantImageChanged(ProductVariant saved, String messageKey, String detail) {
        variantForm.imageChanged(saved.getMainImageUrl(), saved.getVersion());
        info(VARIANT_MESSAGES, Texts.get(messageKey), detail);
        refresh();
        PrimeFaces.current().ajax().update("variants-form", "product-form:product-version");
    }

    /** A stale version shows the dialog's conflict bar (with its reload button). */
    private void variantImageRefused(Optional<BusinessException> refusal) {
        variantConflict = refusal.filter(StaleVersion.class::isInstance).isPresent();
        if (variantConflict) {
            PrimeFaces.current().ajax().update("variant-form");
        }
    }

    public void addDimension() {
        variantForm.getDimensions().add();
    }

    public void removeDimension(KeyValueTable.Row row) {
        variantForm.getDimensions().remove(row);
    }

    public void saveVariant() {
        try {
            ProductVariant saved = variantForm.isNew()
                    ? variantService.addVariant(form.getId(), variantForm.toData())
                    : variantService.updateVariant(variantForm.getId(), variantForm.getVersion(), variantForm.toData());
            info(null, Texts.get(variantForm.isNew() ? "variant.created" : "variant.updated"), saved.getSku());
            variantConflict = false;
            refresh();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("variants-form", "product-form:product-version");
        } catch (KeyValueTable.Invalid e) {
            tableError(DIMENSIONS_MESSAGE, e);
        } catch (RuntimeException e) {
            variantConflict = FacesErrors.show(e, locale(), VARIANT_MESSAGES, VARIANT_FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    /** After a conflict in the variant dialog: the variant as it is now. */
    public void reloadVariant() {
        try {
            refresh();
            variants.stream().filter(v -> v.getId() == variantForm.getId()).findFirst()
                    .ifPresent(v -> variantForm = VariantForm.of(v));
            variantConflict = false;
            info(VARIANT_MESSAGES, Texts.get("variant.reloaded"), null);
            PrimeFaces.current().ajax().update("variants-form");
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), VARIANT_MESSAGES);
        }
    }

    public void confirmDeleteVariant(VariantRow row) {
        deletingVariant = row;
        variantDeleteReason = null;
    }

    public void deleteVariant() {
        if (deletingVariant == null) {
            return;
        }
        if (variantDeleteReason == null || variantDeleteReason.isBlank()) {
            fieldError("variant-delete-form:variant-delete-reason", Texts.get("variant.delete.reasonRequired"));
            return;
        }
        try {
            variantService.deleteVariant(deletingVariant.getId(), deletingVariant.getVersion(), variantDeleteReason.strip());
            info(null, Texts.get("variant.deleted"), deletingVariant.getSku());
            deletingVariant = null;
            refresh();
            PrimeFaces.current().ajax().addCallbackParam("deleted", true);
            PrimeFaces.current().ajax().update("variants-form", "product-form:product-version");
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), VARIANT_DELETE_MESSAGES,
                    Map.of("reason", "variant-delete-form:variant-delete-reason"));
        }
    }

    // ---- prices -------------------------------------------------------------------------------

    /** Opens "Cambiar precio" for the product's base price. */
    public void openBasePrice() {
        priceVariant = null;
        priceOld = form.getBasePrice();
        openPrice(form.getBasePrice());
    }

    /** Opens "Cambiar precio" for a variant's own price (its override). */
    public void openVariantPrice(VariantRow row) {
        priceVariant = row;
        priceOld = row.getEffectivePrice();
        openPrice(row.getPriceOverride());
    }

    private void openPrice(BigDecimal current) {
        newPrice = current;
        justification = null;
        justificationAsked = false;
        priceConflict = false;
    }

    public void changePrice() {
        PriceChangeData change = new PriceChangeData(newPrice, justification, PriceChangeType.BASE, null, null);
        try {
            if (priceVariant == null) {
                if (newPrice == null) {
                    fieldError("price-form:price-new", Texts.get("productPrice.new.required"));
                    return;
                }
                Product product = priceService.changeBasePrice(form.getId(), form.getVersion(), change);
                info(null, Texts.get("productPrice.changed"), product.getName() + ": " + money(product.getBasePrice()));
            } else {
                ProductVariant variant = priceService.changeVariantPrice(priceVariant.getId(), priceVariant.getVersion(),
                        change);
                info(null, Texts.get("productPrice.changed"), variant.getSku() + ": " + money(variant.effectivePrice()));
            }
            refresh();
            justificationAsked = false;
            PrimeFaces.current().ajax().addCallbackParam("changed", true);
            PrimeFaces.current().ajax().update("variants-form", "product-form:product-prices",
                    "product-form:product-version");
        } catch (RuntimeException e) {
            Optional<BusinessException> refusal = FacesErrors.show(e, locale(), PRICE_MESSAGES, PRICE_FIELDS);
            priceConflict = refusal.filter(StaleVersion.class::isInstance).isPresent();
            if (refusal.filter(JustificationRequired.class::isInstance).isPresent()) {
                justificationAsked = true;
                fieldError("price-form:price-justification", Texts.get("productPrice.justification.needed"));
            }
        }
    }

    /** After a conflict in the price dialog: current prices and versions, the dialog stays open. */
    public void reloadPrices() {
        try {
            refresh();
            if (priceVariant != null) {
                long variantId = priceVariant.getId();
                priceVariant = variants.stream().filter(v -> v.getId() == variantId).findFirst().orElse(null);
            }
            priceOld = priceVariant == null ? form.getBasePrice() : priceVariant.getEffectivePrice();
            priceConflict = false;
            info(PRICE_MESSAGES, Texts.get("productPrice.reloaded"), null);
            PrimeFaces.current().ajax().update("variants-form", "product-form:product-prices");
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), PRICE_MESSAGES);
        }
    }

    /** The price the dialog's new value would give (a blank override falls back to the base price). */
    public BigDecimal getPriceResult() {
        return newPrice != null ? newPrice : priceVariant == null ? null : form.getBasePrice();
    }

    public void openHistory(VariantRow row) {
        historyVariant = row;
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":history-form:history-table");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void tableError(String clientId, KeyValueTable.Invalid e) {
        fieldError(clientId, e.duplicates().isEmpty() ? Texts.get("keyValue.keyRequired")
                : Texts.get("keyValue.duplicate", String.join(", ", e.duplicates())));
    }

    private static void fieldError(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    private static void info(String clientId, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail == null ? summary : detail));
    }

    private String money(BigDecimal amount) {
        return formats.money(amount);
    }

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

    public List<VariantRow> getVariants() {
        return variants;
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

    public String getDeleteReason() {
        return deleteReason;
    }

    public void setDeleteReason(String deleteReason) {
        this.deleteReason = deleteReason;
    }

    public boolean isDeleteConflict() {
        return deleteConflict;
    }

    public VariantForm getVariantForm() {
        return variantForm;
    }

    public List<String> getGallery() {
        return gallery;
    }

    public boolean isVariantConflict() {
        return variantConflict;
    }

    public VariantRow getDeletingVariant() {
        return deletingVariant;
    }

    public String getVariantDeleteReason() {
        return variantDeleteReason;
    }

    public void setVariantDeleteReason(String variantDeleteReason) {
        this.variantDeleteReason = variantDeleteReason;
    }

    public VariantRow getPriceVariant() {
        return priceVariant;
    }

    public BigDecimal getPriceOld() {
        return priceOld;
    }

    public BigDecimal getNewPrice() {
        return newPrice;
    }

    public void setNewPrice(BigDecimal newPrice) {
        this.newPrice = newPrice;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public boolean isJustificationAsked() {
        return justificationAsked;
    }

    public boolean isPriceConflict() {
        return priceConflict;
    }

    public VariantRow getHistoryVariant() {
        return historyVariant;
    }

    public LazyDataModel<PriceHistoryRow> getHistory() {
        return history;
    }
}
