package pe.colca.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.catalog.pricing.BulkPriceLine;
import pe.colca.catalog.pricing.BulkPriceMode;
import pe.colca.catalog.pricing.BulkPricePreview;
import pe.colca.catalog.pricing.BulkPriceRequest;
import pe.colca.catalog.pricing.BulkPriceResult;
import pe.colca.catalog.pricing.BulkPriceService;
import pe.colca.catalog.BrandService;
import pe.colca.catalog.CategoryService;
import pe.colca.catalog.Category;
import pe.colca.common.PageRequest;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;
import pe.colca.web.AllPages;

/**
 * Screen {@code /backoffice/catalog/prices.xhtml}: bulk price update. The criteria (category with its
 * sub-categories, brand, SKUs), the change (percentage, amount, fixed price) and the justification;
 * PREVIEW shows what would change (first {@value #PREVIEW_LINES} lines and the totals) without writing;
 * APPLY asks "Aplicar a N variantes" and sends the preview's fingerprint, so a catalog that changed in
 * between is refused rather than updated blindly.
 */
@Named
@ViewScoped
public class BulkPriceScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PREVIEW_LINES = 200;
    /** Key of the page's own messages (not the growl: results and refusals stay visible). */
    static final String MESSAGES = "bulk";
    private static final Map<String, String> FIELDS = Map.of(
            "criteria", "bulk-form:bulk-category",
            "mode", "bulk-form:bulk-mode",
            "value", "bulk-form:bulk-value",
            "justification", "bulk-form:bulk-justification");

    @Inject
    private BulkPriceService prices;

    @Inject
    private BrandService brandService;

    @Inject
    private CategoryService categoryService;

    @Inject
    private LocaleBean localeBean;

    private List<Option> categories = List.of();
    private List<Option> brands = List.of();

    private Integer categoryId;
    private Integer brandId;
    private String skus;
    private BulkPriceMode mode = BulkPriceMode.PERCENT;
    private BigDecimal value;
    private String justification;

    private BulkPricePreview preview;
    private BulkPriceResult result;

    /** A choice of a select menu. */
    public record Option(Integer id, String label) implements Serializable {

        public Integer getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }
    }

    @PostConstruct
    void open() {
        categories = categoryOptions();
        brands = AllPages.read(offset -> brandService.searchBrands(null,
                new PageRequest(offset, PageRequest.MAX_LIMIT, "name", true))).stream()
                .map(x -> new Option(x.getId(), x.getName())).toList();
    }

    /** Every category labelled with its path ("Ropa › Polos"), by that path. */
    private List<Option> categoryOptions() {
        List<Category> all = AllPages.read(offset -> categoryService.searchCategories(null, null, false,
                new PageRequest(offset, PageRequest.MAX_LIMIT, "name", true)));
        Map<Integer, Category> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.getId(), c));
        List<Option> options = new ArrayList<>();
        for (Category c : all) {
            StringBuilder label = new StringBuilder(c.getName());
            Category at = c;
            for (int depth = 0; depth < 20 && at.getParent() != null; depth++) {
                Category parent = byId.get(at.getParent().getId());
                if (parent == null) {
                    break;
                }
                label.insert(0, parent.getName() + " › ");
                at = parent;
            }
            options.add(new Option(c.getId(), label.toString()));
        }
        options.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        return options;
    }

    public void preview() {
        result = null;
        try {
            preview = prices.preview(request(), PREVIEW_LINES);
            if (preview.total() == 0) {
                info(Texts.get("bulk.preview.none"));
            }
        } catch (RuntimeException e) {
            preview = null;
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES, FIELDS);
        }
    }

    public void apply() {
        if (preview == null) {
            return;
        }
        try {
            result = prices.apply(request(), preview.fingerprint());
            preview = null;
            info(Texts.get("bulk.applied", result.changedVariants(), result.operationId()));
            PrimeFaces.current().ajax().addCallbackParam("applied", true);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES, FIELDS);
        }
    }

    /** The criteria changed: the old preview no longer describes them. */
    public void criteriaChanged() {
        preview = null;
        result = null;
    }

    private BulkPriceRequest request() {
        List<String> list = skus == null || skus.isBlank() ? null
                : Arrays.stream(skus.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        return new BulkPriceRequest(categoryId, brandId, list, mode, value, justification);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(MESSAGES, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    // ---- properties

    public List<Option> getCategories() {
        return categories;
    }

    public List<Option> getBrands() {
        return brands;
    }

    public BulkPriceMode[] getModes() {
        return BulkPriceMode.values();
    }

    public Integer getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Integer categoryId) {
        this.categoryId = categoryId;
    }

    public Integer getBrandId() {
        return brandId;
    }

    public void setBrandId(Integer brandId) {
        this.brandId = brandId;
    }

    public String getSkus() {
        return skus;
    }

    public void setSkus(String skus) {
        this.skus = skus;
    }

    public BulkPriceMode getMode() {
        return mode;
    }

    public void setMode(BulkPriceMode mode) {
        this.mode = mode;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public BulkPricePreview getPreview() {
        return preview;
    }

    public List<BulkPriceLine> getLines() {
        return preview == null ? List.of() : preview.lines();
    }

    public BulkPriceResult getResult() {
        return result;
    }

    /** Whether APPLY may be offered: a preview with changes and nothing refused. */
    public boolean isApplicable() {
        return preview != null && preview.changing() > 0 && preview.refusedSkus().isEmpty();
    }

    /** "Aplicar a N variantes". */
    public String getApplyLabel() {
        return Texts.get("bulk.confirm.apply", preview == null ? 0 : preview.changing());
    }

    public String getRefusedText() {
        return preview == null ? "" : String.join(", ", preview.refusedSkus());
    }

    public String getUnknownText() {
        return preview == null ? "" : String.join(", ", preview.unknownSkus());
    }
}
