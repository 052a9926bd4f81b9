package pe.colca.catalog;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The variants of products (SKU, barcode, size, colour, package data) and the POS look-up. One
 * transaction a method, guarded by {@code catalog.product.view}, {@code .edit} or {@code .delete};
 * changes are audited. The override price changes through {@link PriceService}.
 */
@Local
public interface VariantService {

    /**
     * A page of live variants of live products: {@code text} is an exact SKU or barcode, or words of
     * the product name (accent- and case-insensitive, partial); null lists all. By product name, SKU.
     */
    Page<ProductVariant> searchVariants(String text, PageRequest page);

    /**
     * A page of the live variants of a live product (the product editor's grid), by SKU; {@code text}
     * (optional) keeps those whose SKU contains it (case-insensitive) or whose barcode is it. Each
     * variant's product is loaded (for its base price), the product's variant list is not.
     *
     * @throws CatalogRecordNotFound when the product does not exist or was deleted
     */
    Page<ProductVariant> productVariants(long productId, String text, PageRequest page);

    /** @throws CatalogRecordNotFound when it does not exist or was deleted */
    ProductVariant getVariant(long id);

    ProductVariant addVariant(long productId, VariantData data);

    /** Edits SKU, barcode, size, colour, package data, image and active flag (not the price). */
    ProductVariant updateVariant(long id, long expectedVersion, VariantData data);

    /** @throws LastVariant when it is the product's last live variant */
    void deleteVariant(long id, long expectedVersion, String reason);

    /**
     * The POS path: the variant whose barcode or SKU is exactly {@code code} (a live variant first;
     * else the most recently deleted one, so a scan of a withdrawn label says why it cannot be sold).
     * One indexed query and no transaction of its own (it joins the caller's, if any); the answer
     * carries the variant's and product's versions for a cache validator.
     *
     * @throws CatalogRecordNotFound when no variant ever had the code
     * @throws NotForSale when it may not be sold ({@link Sellability}): deleted, inactive, product
     *                    deleted, draft or discontinued — naming the variant
     */
    VariantLookup lookup(String code);
}
