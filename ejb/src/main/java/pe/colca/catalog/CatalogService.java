package pe.colca.catalog;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Products, variants and prices. Every method is one transaction; permission slugs guard them
 * ({@code catalog.product.view}, {@code .create}, {@code .edit}, {@code .delete},
 * {@code catalog.price.edit}). Changes are audited in the same transaction; every price change
 * writes {@code price_change_history} rows in it too.
 */
@Local
public interface CatalogService {

    /** A page of live products matching the filter. */
    Page<Product> searchProducts(ProductFilter filter, PageRequest page);

    /** @throws CatalogRecordNotFound when it does not exist or was deleted */
    Product getProduct(long id);

    /**
     * Creates a product with its first variant(s); the slug is generated from the name when not given
     * (made unique with -2, -3…); each variant's first price is recorded in the history.
     *
     * @throws pe.colca.common.InvalidInput, InvalidBarcode, PriceNotPositive, pe.colca.common.DuplicateKey
     */
    Product createProduct(NewProduct data);

    /** @throws CatalogStaleVersion when the product changed since {@code expectedVersion} */
    Product updateProduct(long id, long expectedVersion, ProductData data);

    /** Soft-deletes the product and its variants, with a reason (it can no longer be sold). */
    void deleteProduct(long id, long expectedVersion, String reason);

    /** Brings back a deleted product with the variants deleted with it. */
    Product restoreProduct(long id);

    /**
     * Changes the base price; writes a history row for every live variant without an override.
     *
     * @throws JustificationRequired when the change exceeds the threshold and no justification is given
     */
    Product changeBasePrice(long productId, long expectedVersion, PriceChangeData change);

    /**
     * A page of live variants of live products: {@code text} is an exact SKU or barcode, or words of
     * the product name (accent- and case-insensitive, partial); null lists all. By product name, SKU.
     */
    Page<ProductVariant> searchVariants(String text, PageRequest page);

    /** @throws CatalogRecordNotFound when it does not exist or was deleted */
    ProductVariant getVariant(long id);

    ProductVariant addVariant(long productId, VariantData data);

    /** Edits SKU, barcode, size, colour, package data, image and active flag (not the price). */
    ProductVariant updateVariant(long id, long expectedVersion, VariantData data);

    /** @throws LastVariant when it is the product's last live variant */
    void deleteVariant(long id, long expectedVersion, String reason);

    /** Sets (or with a null price removes) the variant's override; writes a history row. */
    ProductVariant changeVariantPrice(long variantId, long expectedVersion, PriceChangeData change);

    /** The variant's price history, newest first. */
    Page<PriceChange> priceHistory(long variantId, PageRequest page);

    /**
     * The POS path: the sellable variant whose barcode or SKU is exactly {@code code}, in one indexed
     * query.
     *
     * @throws CatalogRecordNotFound when no live variant has it; NotForSale when it may not be sold
     */
    VariantLookup lookup(String code);

    /** Categories (all, or the children of {@code parentId}; text matches the name), by name. */
    Page<Category> searchCategories(String text, Integer parentId, boolean rootsOnly, PageRequest page);

    CategoryPath getCategory(int id);

    CategoryPath createCategory(CategoryData data);

    /**
     * Edits the category; a new parent moves the subtree.
     *
     * @throws CategoryCycle when the new parent is the category or one of its descendants
     * @throws CatalogStaleVersion when the category changed since {@code expectedVersion}
     */
    CategoryPath updateCategory(int id, long expectedVersion, CategoryData data);

    /**
     * Removes a category without sub-categories or products.
     *
     * @throws StillInUse while it has sub-categories or products
     * @throws CatalogStaleVersion when the category changed since {@code expectedVersion}
     */
    void deleteCategory(int id, long expectedVersion);

    Page<Brand> searchBrands(String text, PageRequest page);

    Brand getBrand(int id);

    Brand createBrand(BrandData data);

    /** @throws CatalogStaleVersion when the brand changed since {@code expectedVersion} */
    Brand updateBrand(int id, long expectedVersion, BrandData data);

    /** @throws StillInUse while products refer to it; CatalogStaleVersion when it changed since {@code expectedVersion} */
    void deleteBrand(int id, long expectedVersion);

    /** The breadcrumbs of a category (root first). */
    List<CategoryPath.Crumb> breadcrumbs(int categoryId);

    /**
     * The variant's price history, newest first, with who made each change (name and e-mail), for
     * screens that show it.
     */
    Page<PriceHistoryLine> priceHistoryLines(long variantId, PageRequest page);

    /**
     * A page of soft-deleted products (newest deletion first) whose name, slug or SKU matches
     * {@code text} (accent- and case-insensitive, partial; null lists all), so they can be restored.
     */
    Page<DeletedProduct> searchDeletedProducts(String text, PageRequest page);
}
