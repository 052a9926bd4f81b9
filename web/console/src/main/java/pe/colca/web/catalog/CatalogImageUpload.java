package pe.colca.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import pe.colca.catalog.media.CatalogMediaService;
import pe.colca.catalog.media.ImageRefused;
import pe.colca.common.BusinessException;
import pe.colca.web.FacesErrors;

/**
 * What the single-image uploads (brand logo, category image, variant main image) share with the
 * product image manager: the limit of the setting {@code catalog.image.max_bytes} as the browser's
 * first check ({@code #{catalogImageUpload.maxBytes}}, {@code .maxSize}, {@code .allowTypes}), and
 * a refusal shown in the service's own words, naming the file. The server checks every upload again.
 */
@Named
@RequestScoped
public class CatalogImageUpload {

    /** What the browser lets through by name; the service reads the bytes. */
    static final String ALLOW_TYPES = "/(\\.|\\/)(gif|jpe?g|png|webp)$/i";

    @Inject
    private CatalogMediaService media;

    private Long maxBytes;

    public long getMaxBytes() {
        if (maxBytes == null) {
            maxBytes = media.imageMaxBytes();
        }
        return maxBytes;
    }

    /** The limit as a user reads it (2 MB). */
    public String getMaxSize() {
        return ImageRefused.humanSize(getMaxBytes());
    }

    public String getAllowTypes() {
        return ALLOW_TYPES;
    }

    /**
     * Shows why an upload (or image change) failed under {@code messagesKey}: an {@link ImageRefused}
     * as "file: reason", anything else as {@link FacesErrors} does.
     *
     * @return the business exception found (to tell a conflict), empty for an access refusal
     */
    static Optional<BusinessException> refused(RuntimeException e, String fileName, Locale locale, String messagesKey) {
        Optional<BusinessException> cause = FacesErrors.businessCause(e);
        if (cause.orElse(null) instanceof ImageRefused refused) {
            String text = (fileName == null ? "" : fileName + ": ") + refused.localizedMessage(locale);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(messagesKey, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return cause;
        }
        return FacesErrors.show(e, locale, messagesKey);
    }

    /**
     * The version to keep after an image change made without a version check: the new one when the
     * change was the only one since {@code before} was read, otherwise {@code before}, so that the next
     * save still reports what somebody else changed meanwhile.
     */
    static long versionAfter(long before, long after) {
        return after == before + 1 ? after : before;
    }
}
