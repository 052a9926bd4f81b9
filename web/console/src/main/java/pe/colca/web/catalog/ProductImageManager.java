package pe.colca.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import pe.colca.catalog.media.CatalogMediaService;
import pe.colca.catalog.ProductService;
import pe.colca.catalog.media.ImageRefused;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductImage;
import pe.colca.web.FacesErrors;
import pe.colca.web.LocaleBean;
import pe.colca.web.Texts;

/**
 * Screen {@code /backoffice/catalog/product-images.xhtml?id=<productId>}: a product's gallery. Upload
 * (the server checks size and format again, whatever the browser said), thumbnails in display order,
 * move up/down, the star sets the primary image, delete after a confirmation. Every change is one
 * call to {@link CatalogMediaService}; the gallery is then read again so the screen shows what is stored.
 */
@Named
@ViewScoped
public class ProductImageManager implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "images";

    @Inject
    private CatalogMediaService media;

    @Inject
    private ProductService catalog;

    @Inject
    private LocaleBean localeBean;

    private Long productId;
    private String productName;
    private long maxBytes;
    private List<ImageRow> images = List.of();
    private ImageRow deleting;

    /** One thumbnail. */
    public record ImageRow(long id, String url, int displayOrder, boolean primary) implements Serializable {

        static ImageRow of(ProductImage i) {
            return new ImageRow(i.getId(), i.getUrl(), i.getDisplayOrder(), i.isPrimary());
        }

        public long getId() {
            return id;
        }

        public String getUrl() {
            return url;
        }

        public int getPosition() {
            return displayOrder + 1;
        }

        public boolean isPrimary() {
            return primary;
        }
    }

    @PostConstruct
    void open() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        maxBytes = media.imageMaxBytes();
        try {
            productId = id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            productId = null;
        }
        if (productId == null) {
            error(Texts.get("images.noProduct"));
            return;
        }
        try {
            Product product = catalog.getProductHeader(productId);
            productName = product.getName();
            reload();
        } catch (RuntimeException e) {
            productId = null;
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES);
        }
    }

    public void upload(FileUploadEvent event) {
        if (productId == null) {
            return;
        }
        try {
            media.addImage(productId, event.getFile().getContent());
            info(Texts.get("images.uploaded"), event.getFile().getFileName());
        } catch (RuntimeException e) {
            showRefusal(e, event.getFile().getFileName());
        }
        reload();
    }

    public void moveUp(ImageRow row) {
        move(row, -1);
    }

    public void moveDown(ImageRow row) {
        move(row, +1);
    }

    private void move(ImageRow row, int delta) {
        List<Long> ids = new ArrayList<>(images.stream().map(ImageRow::id).toList());
        int from = ids.indexOf(row.id());
        int to = from + delta;
        if (from < 0 || to < 0 || to >= ids.size()) {
            return;
        }
        ids.add(to, ids.remove(from));
        try {
            media.reorderImages(productId, ids);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES);
        }
        reload();
    }

    public void makePrimary(ImageRow row) {
        try {
            media.makePrimary(productId, row.id());
            info(Texts.get("images.primarySet"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES);
        }
        reload();
    }

    public void confirmDelete(ImageRow row) {
        deleting = row;
    }

    public void delete() {
        if (deleting == null) {
            return;
        }
        try {
            media.deleteImage(productId, deleting.id());
            info(Texts.get("images.deleted"), null);
        } catch (RuntimeException e) {
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES);
        }
        deleting = null;
        reload();
    }

    private void reload() {
        try {
            images = media.images(productId).stream().map(ImageRow::of).toList();
        } catch (RuntimeException e) {
            images = List.of();
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES);
        }
    }

    /** An upload refused by the server: the service's own words, naming the file. */
    private void showRefusal(RuntimeException e, String fileName) {
        if (FacesErrors.businessCause(e).orElse(null) instanceof ImageRefused refused) {
            error(fileName + ": " + refused.localizedMessage(localeBean.getLocale()));
        } else {
            FacesErrors.show(e, localeBean.getLocale(), MESSAGES);
        }
    }

    private static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(MESSAGES,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail == null ? summary : detail));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(MESSAGES, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    // ---- properties

    public Long getProductId() {
        return productId;
    }

    public String getProductName() {
        return productName;
    }

    public List<ImageRow> getImages() {
        return images;
    }

    public ImageRow getDeleting() {
        return deleting;
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    /** The limit as a user reads it (2 MB). */
    public String getMaxSize() {
        return ImageRefused.humanSize(maxBytes);
    }

    public String getAllowTypes() {
        return "/(\\.|\\/)(gif|jpe?g|png|webp)$/i";
    }
}
