package pe.colca.catalog.importing.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pe.colca.catalog.Barcode;
import pe.colca.catalog.Brand;
import pe.colca.catalog.importing.CatalogImportSteps;
import pe.colca.catalog.Category;
import pe.colca.catalog.importing.ImportError;
import pe.colca.catalog.importing.ImportRow;
import pe.colca.catalog.InvalidBarcode;
import pe.colca.catalog.PriceChange;
import pe.colca.catalog.PriceChangeType;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.Slugs;
import pe.colca.catalog.TaxAffectation;
import pe.colca.common.BusinessException;
import pe.colca.common.SqlFailure;
import pe.colca.catalog.internal.CatalogSettings;
import pe.colca.catalog.internal.DefaultCatalogService;

/**
 * The writes of the {@code catalog-import} job. A row is upserted by SKU in its own transaction
 * ({@code REQUIRES_NEW}), so a rejected row rolls back alone and the chunk goes on; a row that was
 * already applied (a chunk re-run after a crash or restart) finds the same values and changes
 * nothing, so it writes no second history row. Price changes are BULK history rows with
 * {@code reference_source = bulk_import} and the import id; the import itself is the justification.
 */
@Stateless
@PermitAll
public class DefaultCatalogImportSteps implements CatalogImportSteps {

    static final String SOURCE = "bulk_import";

    @PersistenceContext
    private EntityManager em;

    /** Typed, cached system settings (catalog.*). */
    @EJB
    private pe.colca.settings.Settings settings;

    @Resource
    private SessionContext context;

    @EJB
    private ImportLedger ledger;

    @Override
    public Path file(long importId) {
        return DefaultCatalogImportService.importDir().resolve(ledger.storedName(importId));
    }

    @Override
    public void chunkDone(long importId, List<ImportError> errors, int rowsRead) {
        ledger.recordErrors(importId, errors, rowsRead);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportError apply(long importId, ImportRow row) {
        try {
            ImportError error = upsert(importId, row);
            if (error != null) {
                context.setRollbackOnly();
            } else {
                em.flush();
            }
            return error;
        } catch (InvalidBarcode e) {
            context.setRollbackOnly();
            return new ImportError(row.rowNumber(), "barcode", e.localizedMessage(Locale.ENGLISH));
        } catch (BusinessException e) {
            context.setRollbackOnly();
            return new ImportError(row.rowNumber(), "status".equals(column(e)) ? "status" : "*",
                    e.localizedMessage(Locale.ENGLISH));
        } catch (PersistenceException e) {
            SQLException sql = SqlFailure.find(e, SqlFailure.UNIQUE_VIOLATION).orElseThrow(() -> e);
            context.setRollbackOnly();
            String m = String.valueOf(sql.getMessage());
            String column = m.contains("barcode") ? "barcode" : m.contains("slug") ? "product_slug" : "sku";
            return new ImportError(row.rowNumber(), column, "already used by another live record");
        }
    }

    private static String column(BusinessException e) {
        return e.type() != null && e.type().contains("sellable") ? "status" : null;
    }

    private ImportError upsert(long importId, ImportRow row) {
        int n = row.rowNumber();
        String barcode = Barcode.normalize(row.barcode(), CatalogSettings.barcodeAllowOther(settings));
        Long brandId = null;
        if (row.brand() != null) {
            List<Brand> brands = em.createQuery("SELECT b FROM Brand b WHERE lower(b.name) = lower(:name)", Brand.class)
                    .setParameter("name", row.brand()).getResultList();
            if (brands.isEmpty()) {
                return new ImportError(n, "brand", "unknown brand '" + row.brand() + "'");
            }
            brandId = brands.get(0).getId().longValue();
        }
        Long categoryId = null;
        if (row.category() != null) {
            List<Category> categories = em.createQuery("SELECT c FROM Category c WHERE c.slug = :slug", Category.class)
                    .setParameter("slug", row.category().toLowerCase(Locale.ROOT)).getResultList();
            if (categories.isEmpty()) {
                return new ImportError(n, "category", "unknown category slug '" + row.category() + "'");
            }
            categoryId = categories.get(0).getId().longValue();
        }
        Long who = ledger.startedBy(importId);
        String reference = String.valueOf(importId);
        String justification = "Importación masiva " + importId + " (" + ledger.fileName(importId) + ")";

        List<ProductVariant> found = em.createQuery("SELECT v FROM ProductVariant v WHERE v.sku = :sku",
                ProductVariant.class).setParameter("sku", row.sku()).getResultList();
        ProductVariant variant = found.isEmpty() ? null : found.get(0);
        if (barcode != null) {
            List<String> holders = em.createQuery("SELECT v.sku FROM ProductVariant v WHERE v.barcode = :barcode"
                    + " AND v.sku <> :sku", String.class).setParameter("barcode", barcode)
                    .setParameter("sku", row.sku()).getResultList();
            if (!holders.isEmpty()) {
                return new ImportError(n, "barcode", "barcode " + barcode + " already belongs to SKU " + holders.get(0));
            }
        }
        Product product;
        if (variant != null) {
            product = variant.getProduct();
            if (product.isDeleted()) {
                return new ImportError(n, "sku", "SKU " + row.sku() + " belongs to a deleted product");
            }
            if (row.productSlug() != null && !row.productSlug().equals(product.getSlug())) {
                return new ImportError(n, "product_slug", "SKU " + row.sku() + " belongs to product '"
                        + product.getSlug() + "'");
            }
            variant.relabel(row.sku(), barcode != null ? barcode : variant.getBarcode(),
                    row.size() != null ? row.size() : variant.getSize(),
                    row.color() != null ? row.color() : variant.getColor());
        } else {
            List<Product> products = row.productSlug() == null ? List.of()
                    : em.createQuery("SELECT p FROM Product p WHERE p.slug = :slug", Product.class)
                    .setParameter("slug", row.productSlug()).getResultList();
            if (products.isEmpty()) {
                if (row.productName() == null) {
                    return new ImportError(n, "product_name", "required for a new product");
                }
                if (row.basePrice() == null) {
                    return new ImportError(n, "base_price", "required for a new product");
                }
                String slug = row.productSlug() != null ? row.productSlug() : freeSlug(Slugs.of(row.productName()));
                product = new Product(row.productName(), slug, row.basePrice(),
                        row.taxAffectation() != null ? row.taxAffectation() : TaxAffectation.fromCode("10"));
                variant = product.addVariant(row.sku(), barcode, row.size(), row.color());
                product.classify(brandId, categoryId);
                product.changeCostPrice(row.costPrice());
                if (row.priceOverride() != null) {
                    variant.overridePrice(row.priceOverride());
                }
                product.changeStatus(row.status() != null ? row.status() : ProductStatus.ACTIVE);
                em.persist(product);
                em.flush();
                em.persist(new PriceChange(variant.getId(), null, variant.effectivePrice(), PriceChangeType.BULK, who,
                        justification).causedBy(SOURCE, reference));
                return null;
            }
            product = products.get(0);
            variant = product.addVariant(row.sku(), barcode, row.size(), row.color());
            if (row.priceOverride() != null) {
                variant.overridePrice(row.priceOverride());
            }
            em.persist(variant);
            em.flush();
            em.persist(new PriceChange(variant.getId(), null, variant.effectivePrice(), PriceChangeType.BULK, who,
                    justification).causedBy(SOURCE, reference));
        }
        // product-level values given on the row (empty cells leave the current ones)
        if (row.productName() != null && !row.productName().equals(product.getName())) {
            product.describe(row.productName(), product.getSlug(), product.getDescriptionShort(),
                    product.getDescriptionLong());
        }
        if (brandId != null || categoryId != null) {
            product.classify(brandId != null ? brandId : product.getBrandId(),
                    categoryId != null ? categoryId : product.getCategoryId());
        }
        if (row.costPrice() != null && (product.getCostPrice() == null
                || product.getCostPrice().compareTo(row.costPrice()) != 0)) {
            product.changeCostPrice(row.costPrice());
        }
        if (row.taxAffectation() != null && !row.taxAffectation().code().equals(product.getTaxCode())) {
            product.changeTaxAffectation(row.taxAffectation());
        }
        if (row.basePrice() != null && product.getBasePrice().compareTo(row.basePrice()) != 0) {
            BigDecimal old = product.changeBasePrice(row.basePrice());
            em.flush();
            for (ProductVariant v : product.getVariants()) {
                if (!v.isDeleted() && v.getPriceOverride() == null && v.getId() != null) {
                    em.persist(new PriceChange(v.getId(), old, product.getBasePrice(), PriceChangeType.BULK, who,
                            justification).causedBy(SOURCE, reference));
                }
            }
        }
        if (row.priceOverride() != null && (variant.getPriceOverride() == null
                || variant.getPriceOverride().compareTo(row.priceOverride()) != 0)) {
            BigDecimal old = variant.effectivePrice();
            variant.overridePrice(row.priceOverride());
            if (old.compareTo(variant.effectivePrice()) != 0) {
                em.persist(new PriceChange(variant.getId(), old, variant.effectivePrice(), PriceChangeType.BULK, who,
                        justification).causedBy(SOURCE, reference));
            }
        }
        if (row.status() != null && row.status() != product.getStatus()) {
            product.changeStatus(row.status());
        }
        return null;
    }

    private String freeSlug(String base) {
        Set<String> taken = new HashSet<>(em.createQuery("SELECT p.slug FROM Product p"
                        + " WHERE p.slug = :base OR p.slug LIKE :prefix ESCAPE '!'", String.class)
                .setParameter("base", base)
                .setParameter("prefix", DefaultCatalogService.likeEscape(base) + "-%")
                .getResultList());
        return Slugs.unique(base, taken::contains);
    }
}
