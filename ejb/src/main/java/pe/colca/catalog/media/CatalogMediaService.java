package pe.colca.catalog.media;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.catalog.Brand;
import pe.colca.catalog.Category;
import pe.colca.catalog.ProductImage;
import pe.colca.catalog.ProductVariant;

/**
 * Product images, brand logos and category images. Uploads are checked before anything is written:
 * size against the setting {@code catalog.image.max_bytes} (default 2 MB), format by the content's
 * first bytes ({@link ImageType}); accepted bytes are stored by {@link MediaFiles} (content-addressed,
 * never rewritten) and the row points at {@code /media/<sha-256>.<ext>}. A product's gallery keeps
 * exactly one primary image while it has any. Image changes need {@code catalog.product.edit}; logos
 * {@code catalog.brand.edit}; category images {@code catalog.category.edit}.
 */
@Local
public interface CatalogMediaService {

    /** The current upload limit in bytes (setting {@code catalog.image.max_bytes}). */
    long imageMaxBytes();

    /** The live product's images in display order. @throws CatalogRecordNotFound */
    List<ProductImage> images(long productId);

    /**
     * Adds an image at the end of the gallery; the first image of a product becomes its primary one.
     *
     * @throws ImageRefused when too large, empty or not an accepted image format (nothing stored)
     */
    ProductImage addImage(long productId, byte[] content);

    /**
     * Puts the gallery in the given order: {@code imageIds} must name every image of the product
     * exactly once. @throws pe.colca.common.InvalidInput otherwise
     */
    List<ProductImage> reorderImages(long productId, List<Long> imageIds);

    /** Makes one image the primary one (the others stop being primary). */
    List<ProductImage> makePrimary(long productId, long imageId);

    /**
     * Removes an image from the gallery; when it was the primary one, the first remaining image (in
     * display order) becomes primary. The file stays on disk (other rows may share it; see MediaFiles).
     */
    List<ProductImage> deleteImage(long productId, long imageId);

    /** Uploads and sets the brand's logo ({@code brands.logo_url}). @throws ImageRefused */
    Brand setBrandLogo(int brandId, byte[] content);

    /** Uploads and sets the category's image ({@code categories.image_url}). @throws ImageRefused */
    Category setCategoryImage(int categoryId, byte[] content);

    /**
     * Uploads and sets a variant's main image ({@code product_variants.main_image_url}); the variant's
     * version must still be {@code expectedVersion}. Needs {@code catalog.product.edit}.
     *
     * @throws ImageRefused, CatalogRecordNotFound, CatalogStaleVersion
     */
    ProductVariant setVariantImage(long variantId, long expectedVersion, byte[] content);
}
