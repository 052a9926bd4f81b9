package pe.colca.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import pe.colca.catalog.PriceService;
import pe.colca.catalog.JustificationRequired;
import pe.colca.catalog.PriceChangeData;
import pe.colca.catalog.PriceChangeType;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductVariant;
import pe.colca.common.BusinessException;
import pe.colca.common.StaleVersion;
import pe.colca.web.FacesErrors;
import pe.colca.web.Formats;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Dialog {@code backoffice/catalog/dialogs/price-change.xhtml} of the product editor, "Cambiar
 * precio": the base price of the product being edited ({@link ProductEditor}) or one variant's own
 * price (its override; blank goes back to the base price), with the version read. Every change writes
 * a price-history row; above the configured percentage the service asks for a justification, and the
 * dialog stays open asking for it. View scoped: which price is being changed is remembered from the
 * button that opened the dialog until the change is applied.
 */
@Named
@ViewScoped
public class PriceChangeDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "price-dialog";
    private static final String NEW_PRICE = "price-form:price-new";
    private static final String JUSTIFICATION = "price-form:price-justification";
    private static final Map<String, String> FIELDS = Map.of("newPrice", NEW_PRICE, "justification", JUSTIFICATION);

    @Inject
    private PriceService prices;

    @Inject
    private ProductEditor editor;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private Formats formats;

    /** The variant whose override changes; null for the product's base price. */
    private VariantRow variant;
    private BigDecimal oldPrice;
    private BigDecimal newPrice;
    private String justification;
    private boolean justificationAsked;
    private boolean conflict;

    /** Opens the dialog for the product's base price. */
    public void openBasePrice() {
        variant = null;
        oldPrice = editor.getForm().getBasePrice();
        open(editor.getForm().getBasePrice());
    }

    /** Opens the dialog for a variant's own price (its override). */
    public void openVariantPrice(VariantRow row) {
        variant = row;
        oldPrice = row.getEffectivePrice();
        open(row.getPriceOverride());
    }

    private void open(BigDecimal current) {
        newPrice = current;
        justification = null;
        justificationAsked = false;
        conflict = false;
    }

    public void changePrice() {
        PriceChangeData change = new PriceChangeData(newPrice, justification, PriceChangeType.BASE, null, null);
        try {
            if (variant == null) {
                if (newPrice == null) {
                    ConsoleMessages.error(NEW_PRICE, Texts.get("productPrice.new.required"));
                    return;
                }
                ProductForm form = editor.getForm();
                Product product = prices.changeBasePrice(form.getId(), form.getVersion(), change);
                ConsoleMessages.info(null, Texts.get("productPrice.changed"),
                        product.getName() + ": " + formats.money(product.getBasePrice()));
            } else {
                ProductVariant changed = prices.changeVariantPrice(variant.getId(), variant.getVersion(), change);
                ConsoleMessages.info(null, Texts.get("productPrice.changed"),
                        changed.getSku() + ": " + formats.money(changed.effectivePrice()));
            }
            editor.refresh();
            justificationAsked = false;
            PrimeFaces.current().ajax().addCallbackParam("changed", true);
            PrimeFaces.current().ajax().update("variants-form", "product-form:product-prices",
                    "product-form:product-version");
        } catch (RuntimeException e) {
            Optional<BusinessException> refusal = FacesErrors.show(e, locale(), MESSAGES, FIELDS);
            conflict = refusal.filter(StaleVersion.class::isInstance).isPresent();
            if (refusal.filter(JustificationRequired.class::isInstance).isPresent()) {
                justificationAsked = true;
                ConsoleMessages.error(JUSTIFICATION, Texts.get("productPrice.justification.needed"));
            }
        }
    }

    /** After a conflict: current prices and versions; the dialog stays open with what was typed. */
    public void reload() {
        try {
            editor.refresh();
            if (variant != null) {
                variant = editor.findVariant(variant.getId()).orElse(null);
            }
            oldPrice = variant == null ? editor.getForm().getBasePrice() : variant.getEffectivePrice();
            conflict = false;
            ConsoleMessages.info(MESSAGES, Texts.get("productPrice.reloaded"), null);
            PrimeFaces.current().ajax().update("variants-form", "product-form:product-prices");
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), MESSAGES);
        }
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    /** The variant whose own price changes; null when the dialog changes the base price. */
    public VariantRow getVariant() {
        return variant;
    }

    public BigDecimal getOldPrice() {
        return oldPrice;
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

    public boolean isConflict() {
        return conflict;
    }
}
