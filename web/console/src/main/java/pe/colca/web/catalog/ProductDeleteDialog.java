package pe.colca.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import pe.colca.catalog.ProductService;
import pe.colca.common.StaleVersion;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Dialog {@code backoffice/catalog/dialogs/product-delete.xhtml} of the product editor: soft delete
 * of the product being edited ({@link ProductEditor}, with the version it read) and its variants, with
 * a reason. Request scoped: the reason comes with the one request that deletes, and a refusal (a stale
 * version: somebody changed the product meanwhile) is shown in the response to that request.
 */
@Named
@RequestScoped
public class ProductDeleteDialog {

    static final String MESSAGES = "product-delete-dialog";
    private static final String REASON = "product-delete-form:product-delete-reason";

    @Inject
    private ProductService products;

    @Inject
    private ProductEditor editor;

    @Inject
    private LocaleBean localeBean;

    private String reason;
    private boolean conflict;

    /** Deletes the product and goes back to the list, or keeps the dialog open with the refusal. */
    public String delete() {
        if (reason == null || reason.isBlank()) {
            ConsoleMessages.error(REASON, Texts.get("product.delete.reasonRequired"));
            return null;
        }
        ProductForm form = editor.getForm();
        try {
            products.deleteProduct(form.getId(), form.getVersion(), reason.strip());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            ConsoleMessages.info(null, Texts.get("product.deleted"), editor.getSavedName());
            return "/backoffice/catalog/products?faces-redirect=true";
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, localeBean.getLocale(), MESSAGES, Map.of("reason", REASON))
                    .filter(StaleVersion.class::isInstance).isPresent();
            return null;
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConflict() {
        return conflict;
    }
}
