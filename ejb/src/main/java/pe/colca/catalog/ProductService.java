package pe.colca.catalog;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Products: search, create (with the first variants and their first prices), edit, soft delete and
 * restore. Every method is one transaction guarded by a permission slug ({@code catalog.product.view},
 * {@code .create}, {@code .edit}, {@code .delete}); every change writes its audit row in it. Prices
 * change through {@link PriceService}; variants through {@link VariantService}.
 */
@Local
public interface ProductService {

    /** A page of live products matching the filter. */
    Page<Product> searchProducts(ProductFilter filter, PageRequest page);

    /**
     * The same page as {@link #searchProducts} as list lines with their live variant count, without
     * loading any variant (the console's product list).
     */
    Page<ProductSummary> listProducts(ProductFilter filter, PageRequest page);

    /** @throws CatalogRecordNotFound when it does not exist or was deleted */
    Product getProduct(long id);

    /**
     * The product's own values; its variants are NOT loaded (do not touch {@link Product#getVariants()}
     * after the call): page them with {@link VariantService#productVariants}.
     *
     * @throws CatalogRecordNotFound when it does not exist or was deleted
     */
    Product getProductHeader(long id);

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
     * A page of soft-deleted products (newest deletion first) whose name, slug or SKU matches
     * {@code text} (accent- and case-insensitive, partial; null lists all), so they can be restored.
     */
    Page<DeletedProduct> searchDeletedProducts(String text, PageRequest page);
}
