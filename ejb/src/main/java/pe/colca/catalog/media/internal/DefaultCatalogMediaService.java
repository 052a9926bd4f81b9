package pe.colca.catalog.media.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pe.colca.catalog.Brand;
import pe.colca.catalog.media.CatalogMediaService;
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.CatalogStaleVersion;
import pe.colca.catalog.Category;
import pe.colca.catalog.media.ImageRefused;
import pe.colca.catalog.media.ImageType;
import pe.colca.catalog.media.MediaFiles;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductImage;
import pe.colca.catalog.ProductVariant;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.security.AuditTrail;
import pe.colca.catalog.internal.CatalogSettings;
import pe.colca.catalog.internal.CatalogEntities;

/**
 * The catalog's images. Every gallery change locks the product row first (SELECT … FOR UPDATE), so
 * two users reordering or choosing the primary image of one product take turns; the deferred
 * exclusion constraint of V9 ({@code ex_product_images_one_primary}) backs "one primary" up at commit.
 * An upload is checked (empty, size, magic bytes) before anything touches the disk or the database.
 */
@Stateless
public class DefaultCatalogMediaService implements CatalogMediaService {

    static final String IMAGE = "catalog.entity.image";

    @PersistenceContext
    private EntityManager em;

    /** Typed, cached system settings (catalog.*). */
    @EJB
    private pe.colca.settings.Settings settings;

    @Inject
    private RequestMetadata request;

    @EJB
    private AuditTrail audit;

    @Override
    @RolesAllowed("catalog.product.view")
    public long imageMaxBytes() {
        return CatalogSettings.imageMaxBytes(settings);
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public List<ProductImage> images(long productId) {
        return ordered(product(productId, false));
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public ProductImage addImage(long productId, byte[] content) {
        ImageType type = accepted(content);
        Product product = product(productId, true);
        MediaFiles.Stored stored = MediaFiles.store(content, type);
        ProductImage image = product.addImage(stored.url());
        em.persist(image);
        em.flush();
        audit.record("CREATE", "product_images", image.getId(), null, snapshot(image));
        return image;
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public List<ProductImage> reorderImages(long productId, List<Long> imageIds) {
        Product product = product(productId, true);
        List<ProductImage> current = ordered(product);
        Map<Long, ProductImage> byId = new LinkedHashMap<>();
        current.forEach(i -> byId.put(i.getId(), i));
        Set<Long> seen = new HashSet<>();
        boolean complete = imageIds != null && imageIds.size() == current.size();
        if (complete) {
            for (Long id : imageIds) {
                complete &= id != null && byId.containsKey(id) && seen.add(id);
            }
        }
        if (!complete) {
            throw InvalidInput.of("imageIds", Messages.format(request.getLocale(), "catalog.image.order.incomplete",
                    current.size()));
        }
        List<Long> before = current.stream().map(ProductImage::getId).toList();
        for (int i = 0; i < imageIds.size(); i++) {
            byId.get(imageIds.get(i)).moveTo(i);
        }
        em.flush();
        audit.record("REORDER", "products", productId, Map.of("imageIds", before), Map.of("imageIds", imageIds));
        return ordered(product);
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public List<ProductImage> makePrimary(long productId, long imageId) {
        Product product = product(productId, true);
        ProductImage image = image(product, imageId);
        Long before = product.getImages().stream().filter(ProductImage::isPrimary).map(ProductImage::getId)
                .findFirst().orElse(null);
        if (!image.isPrimary()) {
            product.makePrimary(image);
            em.flush();
            Map<String, Object> old = new LinkedHashMap<>();
            old.put("primaryImageId", before);
            audit.record("UPDATE", "products", productId, old, Map.of("primaryImageId", imageId));
        }
        return ordered(product);
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public List<ProductImage> deleteImage(long productId, long imageId) {
        Product product = product(productId, true);
        ProductImage image = image(product, imageId);
        Map<String, Object> before = snapshot(image);
        product.removeImage(image);
        em.flush();
        audit.record("DELETE", "product_images", imageId, before, null);
        return ordered(product);
    }

    @Override
    @RolesAllowed("catalog.brand.edit")
    public Brand setBrandLogo(int brandId, byte[] content) {
        ImageType type = accepted(content);
        Brand brand = em.find(Brand.class, brandId, LockModeType.PESSIMISTIC_WRITE);
        if (brand == null) {
            throw new CatalogRecordNotFound(CatalogEntities.BRAND, brandId);
        }
        String before = brand.getLogoUrl();
        brand.changeLogo(MediaFiles.store(content, type).url());
        em.flush();
        audit.record("UPDATE", "brands", brandId, urlMap("logoUrl", before), urlMap("logoUrl", brand.getLogoUrl()));
        return brand;
    }

    @Override
    @RolesAllowed("catalog.category.edit")
    public Category setCategoryImage(int categoryId, byte[] content) {
        ImageType type = accepted(content);
        Category category = em.find(Category.class, categoryId, LockModeType.PESSIMISTIC_WRITE);
        if (category == null) {
            throw new CatalogRecordNotFound(CatalogEntities.CATEGORY, categoryId);
        }
        String before = category.getImageUrl();
        category.changeImage(MediaFiles.store(content, type).url());
        em.flush();
        audit.record("UPDATE", "categories", categoryId, urlMap("imageUrl", before),
                urlMap("imageUrl", category.getImageUrl()));
        return category;
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public ProductVariant setVariantImage(long variantId, long expectedVersion, byte[] content) {
        ImageType type = accepted(content);
        ProductVariant variant = em.find(ProductVariant.class, variantId);
        if (variant == null || variant.isDeleted() || variant.getProduct().isDeleted()) {
            throw new CatalogRecordNotFound(CatalogEntities.VARIANT, variantId);
        }
        if (variant.getVersion() != expectedVersion) {
            throw new CatalogStaleVersion(CatalogEntities.VARIANT, variantId);
        }
        String before = variant.getMainImageUrl();
        variant.changeMainImage(MediaFiles.store(content, type).url());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new CatalogStaleVersion(CatalogEntities.VARIANT, variantId);
        }
        audit.record("UPDATE", "product_variants", variantId, urlMap("mainImageUrl", before),
                urlMap("mainImageUrl", variant.getMainImageUrl()));
        return variant;
    }

    /** Empty, too large and unknown formats are refused here, before any write. */
    private ImageType accepted(byte[] content) {
        if (content == null || content.length == 0) {
            throw ImageRefused.empty();
        }
        long max = CatalogSettings.imageMaxBytes(settings);
        if (content.length > max) {
            throw ImageRefused.tooLarge(content.length, max);
        }
        return ImageType.sniff(content).orElseThrow(ImageRefused::unsupportedType);
    }

    private Product product(long id, boolean lock) {
        Product product = lock ? em.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Product.class, id);
        if (product == null || product.isDeleted()) {
            throw new CatalogRecordNotFound(CatalogEntities.PRODUCT, id);
        }
        return product;
    }

    private static ProductImage image(Product product, long imageId) {
        return product.getImages().stream().filter(i -> i.getId() == imageId).findFirst()
                .orElseThrow(() -> new CatalogRecordNotFound(IMAGE, imageId));
    }

    private static List<ProductImage> ordered(Product product) {
        List<ProductImage> images = new ArrayList<>(product.getImages());
        images.sort(Comparator.comparingInt(ProductImage::getDisplayOrder).thenComparing(ProductImage::getId));
        return images;
    }

    private static Map<String, Object> snapshot(ProductImage image) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("productId", image.getProduct().getId());
        values.put("url", image.getUrl());
        values.put("displayOrder", image.getDisplayOrder());
        values.put("primary", image.isPrimary());
        return values;
    }

    private static Map<String, Object> urlMap(String key, String url) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(key, url);
        return values;
    }
}
