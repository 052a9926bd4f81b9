package pe.colca.catalog.importing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pe.colca.catalog.Barcode;
import pe.colca.catalog.PriceChangeType;
import pe.colca.catalog.ProductData;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.TaxAffectation;
import pe.colca.catalog.VariantData;
import pe.colca.catalog.importing.ImportRow;
import pe.colca.catalog.internal.Author;
import pe.colca.catalog.internal.CatalogSettings;
import pe.colca.catalog.internal.NewProductRow;
import pe.colca.catalog.internal.NewVariantRow;
import pe.colca.catalog.internal.PriceCause;
import pe.colca.catalog.internal.ProductWrites;
import pe.colca.catalog.importing.internal.ChunkLookups.Known;
import pe.colca.common.BusinessException;
import org.hibernate.Session;

/**
 * The set-based half of a chunk of the {@code catalog-import} job: in one new transaction, reads
 * what the chunk's rows name (SKUs, barcodes, brands, categories, product slugs) with one query
 * each, picks the rows that plainly add a new SKU (a new product with its first variant, or a
 * variant added to a product whose values the row does not change), and writes them all at once
 * through {@link ProductWrites#createAll}: the same rules, history and audit rows as one by one.
 * Every other row (an existing SKU, a change, anything that would be refused, a row touching what
 * an earlier such row touches) is left to the one-by-one path, which runs after this transaction
 * commits, so the rows keep the file's order where they meet.
 */
@Stateless
@PermitAll
public class ChunkWrites {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private pe.colca.settings.Settings settings;

    @EJB
    private ImportLedger ledger;

    @EJB
    private ProductWrites products;

    /**
     * Writes the rows that can be written set-based and returns the others, in file order, for the
     * one-by-one path. Throws (rolling back everything it wrote) when the set is refused after all,
     * e.g. a concurrent write took a SKU: the caller then writes every row one by one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ImportRow> writeSetBased(long importId, List<ImportRow> rows, Set<String> granted) {
        boolean allowOther = CatalogSettings.barcodeAllowOther(settings);
        Map<ImportRow, String> barcodes = new HashMap<>();
        Set<String> skus = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        Set<String> brandNames = new HashSet<>();
        Set<String> categorySlugs = new HashSet<>();
        for (ImportRow row : rows) {
            skus.add(row.sku());
            if (row.productSlug() != null) {
                slugs.add(row.productSlug());
            }
            if (row.brand() != null) {
                brandNames.add(row.brand().toLowerCase(Locale.ROOT));
            }
            if (row.category() != null) {
                categorySlugs.add(row.category().toLowerCase(Locale.ROOT));
            }
            try {
                barcodes.put(row, Barcode.normalize(row.barcode(), allowOther));
            } catch (BusinessException invalid) {
                barcodes.put(row, null);   // the one-by-one path reports it
            }
        }
        Set<String> codes = new HashSet<>(barcodes.values());
        codes.remove(null);
        Lookups found = em.unwrap(Session.class).doReturningWork(c -> new Lookups(ChunkLookups.existingSkus(c, skus),
                ChunkLookups.heldBarcodes(c, codes), ChunkLookups.brands(c, brandNames),
                ChunkLookups.categories(c, categorySlugs), ChunkLookups.products(c, slugs)));
        Map<String, String> existing = found.existing();
        Set<String> heldBarcodes = found.heldBarcodes();
        Map<String, Long> brands = found.brands();
        Map<String, Long> categories = found.categories();
        Map<String, Known> known = found.products();

        ImportLedger.Origin origin = ledger.origin(importId);
        Long startedBy = origin.startedBy();
        String note = "Importación masiva " + importId + " (" + origin.fileName() + ")";
        Set<String> touched = new HashSet<>();     // keys of the rows seen so far
        Set<String> oneByOne = new HashSet<>();    // keys of the rows left to the one-by-one path
        List<String> generatedSlugs = new ArrayList<>();
        List<ImportRow> rest = new ArrayList<>();
        List<NewProductRow> newProducts = new ArrayList<>();
        List<NewVariantRow> newVariants = new ArrayList<>();
        for (ImportRow row : rows) {
            String barcode = barcodes.get(row);
            String slug = row.productSlug() != null ? row.productSlug() : existing.get(row.sku());
            String skuKey = "sku:" + row.sku();
            String barcodeKey = row.barcode() == null ? null : "barcode:" + (barcode != null ? barcode : row.barcode());
            List<String> keys = new ArrayList<>(List.of(skuKey));
            if (barcodeKey != null) {
                keys.add(barcodeKey);
            }
            if (slug != null) {
                keys.add("slug:" + slug);
            }
            // a row meeting an earlier one-by-one row (same SKU, barcode or product), repeating a SKU or
            // barcode of the chunk, or taking a slug an earlier row may generate, waits for those rows
            boolean clash = keys.stream().anyMatch(oneByOne::contains) || touched.contains(skuKey)
                    || barcodeKey != null && touched.contains(barcodeKey)
                    || slug != null && generatedSlugs.stream().anyMatch(b -> slug.equals(b) || slug.startsWith(b + "-"));
            touched.addAll(keys);
            Author author = new Author(startedBy, Locale.ENGLISH, "import " + importId + " row " + row.rowNumber());
            PriceCause cause = new PriceCause(PriceChangeType.BULK, DefaultCatalogImportSteps.SOURCE,
                    String.valueOf(importId), row.justification(), note);
            boolean written = !clash && !existing.containsKey(row.sku()) && row.productSlug() != null
                    && (row.barcode() == null || barcode != null && !heldBarcodes.contains(barcode))
                    && (row.brand() == null || brands.containsKey(row.brand().toLowerCase(Locale.ROOT)))
                    && (row.category() == null || categories.containsKey(row.category().toLowerCase(Locale.ROOT)))
                    && positive(row.priceOverride())
                    && add(row, barcode, known, brands, categories, granted, cause, author, newProducts, newVariants);
            if (!written) {
                rest.add(row);
                oneByOne.addAll(keys);
                if (row.productSlug() == null && !existing.containsKey(row.sku())) {
                    generatedSlugs.add(pe.colca.catalog.Slugs.of(row.productName()));
                }
            }
        }
        if (!newProducts.isEmpty() || !newVariants.isEmpty()) {
            products.createAll(newProducts, newVariants);
        }
        return rest;
    }

    /** What a chunk's look-ups found, each with one statement ({@link ChunkLookups}). */
    private record Lookups(Map<String, String> existing, Set<String> heldBarcodes, Map<String, Long> brands,
                           Map<String, Long> categories, Map<String, Known> products) {
    }

    /** Adds the row's new SKU to the set when it needs nothing but a create; false leaves it one by one. */
    private static boolean add(ImportRow row, String barcode, Map<String, Known> known, Map<String, Long> brands,
                               Map<String, Long> categories, Set<String> granted, PriceCause cause, Author author,
                               List<NewProductRow> newProducts, List<NewVariantRow> newVariants) {
        Long brandId = row.brand() == null ? null : brands.get(row.brand().toLowerCase(Locale.ROOT));
        Long categoryId = row.category() == null ? null : categories.get(row.category().toLowerCase(Locale.ROOT));
        VariantData variant = new VariantData(row.sku(), barcode, row.size(), row.color(), row.priceOverride(), null,
                null, null, true);
        Known product = known.get(row.productSlug());
        if (product == null) {
            if (row.productName() == null || !positive(row.basePrice())
                    || !granted.contains(DefaultCatalogImportSteps.CREATE)) {
                return false;
            }
            TaxAffectation tax = row.taxAffectation() != null ? row.taxAffectation() : TaxAffectation.fromCode("10");
            ProductStatus status = row.status() != null ? row.status() : ProductStatus.ACTIVE;
            newProducts.add(new NewProductRow(new ProductData(row.productName(), row.productSlug(), null, null, brandId,
                    categoryId, row.costPrice(), tax, status, null), row.basePrice(), variant, cause, author));
            known.put(row.productSlug(), new Known(row.productName().strip(), brandId, categoryId, row.costPrice(),
                    tax.code(), status, row.basePrice()));
            return true;
        }
        boolean unchanged = (row.productName() == null || row.productName().strip().equals(product.name()))
                && (brandId == null || brandId.equals(product.brandId()))
                && (categoryId == null || categoryId.equals(product.categoryId()))
                && (row.costPrice() == null || product.costPrice() != null
                    && row.costPrice().compareTo(product.costPrice()) == 0)
                && (row.taxAffectation() == null || row.taxAffectation().code().equals(product.taxCode()))
                && (row.status() == null || row.status() == product.status())
                && (row.basePrice() == null || row.basePrice().compareTo(product.basePrice()) == 0);
        if (!unchanged || !granted.contains(DefaultCatalogImportSteps.EDIT)) {
            return false;
        }
        newVariants.add(new NewVariantRow(row.productSlug(), variant, cause, author));
        return true;
    }

    private static boolean positive(BigDecimal price) {
        return price == null || pe.colca.catalog.PricePolicy.isPositive(price);
    }
}
