package pe.colca.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import pe.colca.catalog.media.CatalogMediaService;
import pe.colca.catalog.VariantService;
import pe.colca.catalog.ProductImage;
import pe.colca.catalog.ProductVariant;
import pe.colca.common.BusinessException;
import pe.colca.common.StaleVersion;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Dialog {@code backoffice/catalog/dialogs/variant-edit.xhtml} of the product editor: adds a variant
 * to the product being edited ({@link ProductEditor}) or edits one of its grid — SKU, barcode, size,
 * colour, weight, dimensions, active flag — with the version read (a stale save shows the conflict
 * and offers to reload). A saved variant's main image changes at once: uploaded
 * ({@link CatalogMediaService#setVariantImage}, which checks size, format and the version), picked
 * from the product's gallery or removed (an edit of the stored variant with the dialog's version).
 * View scoped: the variant in the dialog is kept across its uploads, picks and the save.
 */
@Named
@ViewScoped
public class VariantEditDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "variant-dialog";
    private static final Map<String, String> FIELDS = Map.of(
            "sku", "variant-form:variant-sku",
            "barcode", "variant-form:variant-barcode",
            "size", "variant-form:variant-size",
            "color", "variant-form:variant-color",
            "priceOverride", "variant-form:variant-override",
            "weight", "variant-form:variant-weight");
    private static final String DIMENSIONS_MESSAGE = "variant-form:dimensions-message";

    @Inject
    private VariantService variants;

    @Inject
    private CatalogMediaService media;

    @Inject
    private ProductEditor editor;

    @Inject
    private LocaleBean localeBean;

    private VariantForm form = VariantForm.blank();
    private boolean conflict;
    /** The product's gallery (image URLs in display order) offered as the variant's main image. */
    private List<String> gallery = List.of();

    /** Opens the dialog for a new variant of the product. */
    public void openNew() {
        form = VariantForm.blank();
        conflict = false;
    }

    /** Opens the dialog for a row of the variants grid, with the product's gallery to pick an image from. */
    public void open(VariantRow row) {
        form = VariantForm.of(row);
        conflict = false;
        try {
            gallery = media.images(editor.getForm().getId()).stream().map(ProductImage::getUrl).toList();
        } catch (RuntimeException e) {
            gallery = List.of();
            FacesErrors.show(e, locale(), MESSAGES);
        }
    }

    public void addDimension() {
        form.getDimensions().add();
    }

    public void removeDimension(KeyValueTable.Row row) {
        form.getDimensions().remove(row);
    }

    public void save() {
        try {
            ProductVariant saved = form.isNew()
                    ? variants.addVariant(editor.getForm().getId(), form.toData())
                    : variants.updateVariant(form.getId(), form.getVersion(), form.toData());
            ConsoleMessages.info(null, Texts.get(form.isNew() ? "variant.created" : "variant.updated"), saved.getSku());
            conflict = false;
            editor.refresh();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("variants-form", "product-form:product-version");
        } catch (KeyValueTable.Invalid e) {
            ConsoleMessages.invalidTable(DIMENSIONS_MESSAGE, e);
        } catch (RuntimeException e) {
            conflict = FacesErrors.show(e, locale(), MESSAGES, FIELDS)
                    .filter(StaleVersion.class::isInstance).isPresent();
        }
    }

    /** After a conflict: the variant as it is now. */
    public void reload() {
        try {
            editor.refresh();
            editor.findVariant(form.getId()).ifPresent(v -> form = VariantForm.of(v));
            conflict = false;
            ConsoleMessages.info(MESSAGES, Texts.get("variant.reloaded"), null);
            PrimeFaces.current().ajax().update("variants-form");
        } catch (RuntimeException e) {
            FacesErrors.show(e, locale(), MESSAGES);
        }
    }

    // ---- main image ---------------------------------------------------------------------------

    /** Uploads the main image of the variant in the dialog, with the version the dialog read. */
    public void uploadImage(FileUploadEvent event) {
        if (form.isNew()) {
            return;
        }
        String fileName = event.getFile().getFileName();
        try {
            ProductVariant saved = media.setVariantImage(form.getId(), form.getVersion(), event.getFile().getContent());
            imageChanged(saved, "variant.image.uploaded", fileName);
        } catch (RuntimeException e) {
            imageRefused(CatalogImageUpload.refused(e, fileName, locale(), MESSAGES));
        }
    }

    /** Makes one of the product's gallery images the variant's main image. */
    public void pickImage(String url) {
        if (form.isNew() || url == null || !gallery.contains(url)) {
            return;
        }
        changeImage(url, "variant.image.picked");
    }

    /** The variant keeps no main image. */
    public void removeImage() {
        if (!form.isNew()) {
            changeImage(null, "variant.image.removed");
        }
    }

    /** Picked or removed: the variant as stored with the other image, with the dialog's version. */
    private void changeImage(String url, String messageKey) {
        try {
            ProductVariant current = variants.getVariant(form.getId());
            ProductVariant saved = variants.updateVariant(form.getId(), form.getVersion(),
                    VariantForm.storedWithImage(current, url));
            imageChanged(saved, messageKey, null);
        } catch (RuntimeException e) {
            imageRefused(FacesErrors.show(e, locale(), MESSAGES));
        }
    }

    private void imageChanged(ProductVariant saved, String messageKey, String detail) {
        form.imageChanged(saved.getMainImageUrl(), saved.getVersion());
        ConsoleMessages.info(MESSAGES, Texts.get(messageKey), detail);
        editor.refresh();
        PrimeFaces.current().ajax().update("variants-form", "product-form:product-version");
    }

    /** A stale version shows the dialog's conflict bar (with its reload button). */
    private void imageRefused(Optional<BusinessException> refusal) {
        conflict = refusal.filter(StaleVersion.class::isInstance).isPresent();
        if (conflict) {
            PrimeFaces.current().ajax().update("variant-form");
        }
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    // ---- properties ---------------------------------------------------------------------------

    public VariantForm getForm() {
        return form;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<String> getGallery() {
        return gallery;
    }
}
