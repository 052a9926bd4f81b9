package pe.colca.catalog;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other areas may know of the catalog, read-only: a variant by id, SKU or barcode with its
 * product's name, attributes, price, cost, tax affectation and whether it can be sold now, and the
 * same for many ids at once (lists). Inventory, sales and invoicing use this instead of reading
 * {@code products} or {@code product_variants}; a list screen that must join in SQL for paging
 * joins the view {@code catalog_variant_index}, which the catalog owns and keeps compatible.
 *
 * <p>Deleted variants and variants of deleted products are found too (history shows them), with
 * {@link VariantInfo#sellable()} false. The sellability rule has one implementation:
 * {@link Sellability}; {@link #requireSellable} applies it for the paths that reserve, sell or
 * convert stock and refuses with {@link NotForSale} (422, naming the variant).
 */
@Local
public interface CatalogReader {

    Optional<VariantInfo> variant(long variantId);

    /** The live variant whose barcode or SKU is {@code code} (barcode first), deleted ones excluded. */
    Optional<VariantInfo> variantByCode(String code);

    /** The variants of the ids found (deleted ones included), by id; unknown ids are absent. */
    Map<Long, VariantInfo> variants(Collection<Long> variantIds);

    /**
     * The variant, when it can be sold now.
     *
     * @throws CatalogRecordNotFound when no variant has the id
     * @throws NotForSale when it exists but cannot be sold (deleted, inactive, product not active)
     */
    VariantInfo requireSellable(long variantId);

    /**
     * The ids of the live variants (neither they nor their product deleted) of the category and of
     * every category below it, by SKU; empty when no category has the id. For physical counts of a
     * category.
     */
    Optional<List<Long>> liveVariantsInCategory(int categoryId);

    /** The active categories, by name (for choosing a group of variants, e.g. bulk alert thresholds). */
    List<Choice> activeCategories();

    /** The brands, by name. */
    List<Choice> brands();

    /** A category or a brand as a choice in another area's screen. */
    record Choice(int id, String name) implements Serializable {
    }

    /** Whether the variant or its product is soft-deleted (still found by id, as history names it). */
    static boolean deleted(VariantInfo info) {
        String reason = info.notSellableReasonKey();
        return "catalog.lookup.reason.productDeleted".equals(reason)
                || "catalog.lookup.reason.variantDeleted".equals(reason);
    }
}
