package pe.colca.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.PrimeFaces;
import pe.colca.catalog.VariantService;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Dialog {@code backoffice/catalog/dialogs/variant-delete.xhtml} of the product editor: soft delete
 * of one variant of the grid, with a reason. The service refuses the product's last variant (a product
 * always keeps one); its message stays in the open dialog. View scoped: the variant chosen in the
 * grid is remembered until the confirmation.
 */
@Named
@ViewScoped
public class VariantDeleteDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "variant-delete-dialog";
    private static final String REASON = "variant-delete-form:variant-delete-reason";

    @Inject
    private VariantService variants;

    @Inject
    private ProductEditor editor;

    @Inject
    private LocaleBean localeBean;

    private VariantRow variant;
    private String reason;

    /** Opens the dialog for a row of the variants grid. */
    public void open(VariantRow row) {
        variant = row;
        reason = null;
    }

    public void delete() {
        if (variant == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            ConsoleMessages.error(REASON, Texts.get("variant.delete.reasonRequired"));
            return;
        }
        try {
            variants.deleteVariant(variant.getId(), variant.getVersion(), reason.strip());
            ConsoleMessages.info(null, Texts.get("variant.deleted"), variant.getSku());
            variant = null;
            editor.refresh();
            PrimeFaces.current().ajax().addCallbackParam("deleted", true);
            PrimeFaces.current().ajax().update("variants-form", "product-form:product-version");
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES, Map.of("reason", REASON));
        }
    }

    /** The variant being deleted; null before a row is chosen and after the deletion. */
    public VariantRow getVariant() {
        return variant;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
