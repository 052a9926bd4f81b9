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
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.catalog.Barcode;
import pe.colca.catalog.Brand;
import pe.colca.catalog.Category;
import pe.colca.catalog.InvalidBarcode;
import pe.colca.catalog.JustificationRequired;
import pe.colca.catalog.NewProduct;
import pe.colca.catalog.PriceChangeType;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductData;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.TaxAffectation;
import pe.colca.catalog.VariantData;
import pe.colca.catalog.importing.CatalogImportSteps;
import pe.colca.catalog.importing.ImportError;
import pe.colca.catalog.importing.ImportRow;
import pe.colca.catalog.internal.Author;
import pe.colca.catalog.internal.CatalogSettings;
import pe.colca.catalog.internal.PriceCause;
import pe.colca.catalog.internal.PriceWrites;
import pe.colca.catalog.internal.ProductWrites;
import pe.colca.common.BusinessException;
import pe.colca.common.DuplicateKey;
import pe.colca.common.SqlFailure;

/**
 * The writes of the {@code catalog-import} job. A row is upserted by SKU in its own transaction
 * ({@code REQUIRES_NEW}), so a rejected row rolls back alone and the chunk goes on. The row is
 * written through {@link ProductWrites} and {@link PriceWrites}, the same code as the screens: a
 * price change above the threshold needs the row's {@code justification}, every change writes its
 * audit row (for the user who started the import, with the import and row as its origin). A row
 * that was already applied (a chunk re-run after a crash or restart) finds the same values and
 * changes nothing, so it writes no second history or audit row. Price changes are BULK history rows
 * with {@code reference_source = bulk_import} and the import id.
 */
@Stateless
@PermitAll
public class DefaultCatalogImportSteps implements CatalogImportSteps {

    static final String SOURCE = "bulk_import";
    static final String CREATE = "catalog.product.create";
    static final String EDIT = "catalog.product.edit";
    static final String PRICE = "catalog.price.edit";

    private static final Logger LOG = Logger.getLogger(DefaultCatalogImportSteps.class.getName());

    @PersistenceContext
    private EntityManager em;

    /** Typed, cached system settings (catalog.*). */
    @EJB
    private pe.colca.settings.Settings settings;

    @Resource
    private SessionContext context;

    @EJB
    private ImportLedger ledger;

    @EJB
    private ProductWrites products;

    @EJB
    private PriceWrites prices;

    @EJB
    private ChunkWrites chunks;

    @Override
    public Path file(long importId) {
        return DefaultCatalogImportService.importDir().resolve(ledger.storedName(importId));
    }

    @Override
    public List<ImportError> applyAll(long importId, List<ImportRow> rows, Set<String> granted) {
        List<ImportRow> oneByOne;
        try {
            oneByOne = rows.isEmpty() ? rows : chunks.writeSetBased(importId, rows, granted);
        } catch (RuntimeException refused) {
            LOG.log(Level.INFO, "catalog import {0}: chunk from row {1} written row by row ({2})",
                    new Object[] {importId, rows.get(0).rowNumber(), String.valueOf(refused)});
            oneByOne = rows;
        }
        CatalogImportSteps self = context.getBusinessObject(CatalogImportSteps.class);
        List<ImportError> errors = new ArrayList<>();
        for (ImportRow row : oneByOne) {
            ImportError error = self.apply(importId, row, granted);
            if (error != null) {
                errors.add(error);
            }
        }
        return errors;
    }

    @Override
    public void chunkDone(long importId, List<ImportError> errors, int rowsRead) {
        ledger.recordErrors(importId, errors, rowsRead);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportError apply(long importId, ImportRow row, Set<String> granted) {
        try {
            ImportError error = upsert(importId, row, granted);
            if (error != null) {
                context.setRollbackOnly();
            } else {
                em.flush();
            }
            return error;
        } catch (BusinessException e) {
            context.setRollbackOnly();
            return new ImportError(row.rowNumber(), column(e), e.localizedMessage(Locale.ENGLISH));
        } catch (PersistenceException e) {
            SQLException sql = SqlFailure.find(e, SqlFailure.UNIQUE_VIOLATION).orElseThrow(() -> e);
            context.setRollbackOnly();
            String m = String.valueOf(sql.getMessage());
            String column = m.contains("barcode") ? "barcode" : m.contains("slug") ? "product_slug" : "sku";
            return new ImportError(row.rowNumber(), column, "already used by another live record");
        }
    }

    /** The CSV column a refusal of the shared writes is about ({@code *}: the row as a whole). */
    static String column(BusinessException e) {
        if (e instanceof InvalidBarcode) {
            return "barcode";
        }
        if (e instanceof JustificationRequired) {
            return "justification";
        }
        if (e instanceof DuplicateKey || !e.fieldErrors().isEmpty()) {
            String field = e instanceof DuplicateKey ? e.fieldErrors().keySet().stream().findFirst()
                    .orElse(String.valueOf(e.type())) : e.fieldErrors().keySet().iterator().next();
            return switch (field) {
                case "sku" -> "sku";
                case "barcode" -> "barcode";
                case "slug" -> "product_slug";
                case "brandId" -> "brand";
                case "categoryId" -> "category";
                case "basePrice" -> "base_price";
                case "priceOverride" -> "price_override";
                default -> "*";
            };
        }
        return e.type() != null && e.type().contains("sellable") ? "status" : "*";
    }

    private ImportError upsert(long importId, ImportRow row, Set<String> granted) {
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
        if (barcode != null) {
            List<String> holders = em.createQuery("SELECT v.sku FROM ProductVariant v WHERE v.barcode = :barcode"
                    + " AND v.sku <> :sku", String.class).setParameter("barcode", barcode)
                    .setParameter("sku", row.sku()).getResultList();
            if (!holders.isEmpty()) {
                return new ImportError(n, "barcode", "barcode " + barcode + " already belongs to SKU " + holders.get(0));
            }
        }
        Author author = new Author(ledger.startedBy(importId), Locale.ENGLISH, "import " + importId + " row " + n);
        PriceCause cause = new PriceCause(PriceChangeType.BULK, SOURCE, String.valueOf(importId), row.justification(),
                "Importación masiva " + importId + " (" + ledger.fileName(importId) + ")");

        List<ProductVariant> found = em.createQuery("SELECT v FROM ProductVariant v WHERE v.sku = :sku",
                ProductVariant.class).setParameter("sku", row.sku()).getResultList();
        ProductVariant variant = found.isEmpty() ? null : found.get(0);
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
            VariantData relabelled = new VariantData(variant.getSku(), barcode != null ? barcode : variant.getBarcode(),
                    row.size() != null ? row.size() : variant.getSize(),
                    row.color() != null ? row.color() : variant.getColor(), null, variant.getWeight(),
                    variant.getDimensions(), variant.getMainImageUrl(), variant.isActive());
            if (!Objects.equals(relabelled.barcode(), variant.getBarcode())
                    || !Objects.equals(relabelled.size(), variant.getSize())
                    || !Objects.equals(relabelled.color(), variant.getColor())) {
                ImportError refused = require(granted, EDIT, n);
                if (refused != null) {
                    return refused;
                }
                products.updateVariant(variant, relabelled, author);
            }
        } else {
            List<Product> bySlug = row.productSlug() == null ? List.of()
                    : em.createQuery("SELECT p FROM Product p WHERE p.slug = :slug", Product.class)
                    .setParameter("slug", row.productSlug()).getResultList();
            VariantData first = new VariantData(row.sku(), barcode, row.size(), row.color(), row.priceOverride(), null,
                    null, null, true);
            if (bySlug.isEmpty()) {
                if (row.productName() == null) {
                    return new ImportError(n, "product_name", "required for a new product");
                }
                if (row.basePrice() == null) {
                    return new ImportError(n, "base_price", "required for a new product");
                }
                ImportError refused = require(granted, CREATE, n);
                if (refused != null) {
                    return refused;
                }
                products.create(new NewProduct(new ProductData(row.productName(), row.productSlug(), null, null, brandId,
                        categoryId, row.costPrice(), row.taxAffectation() != null ? row.taxAffectation()
                        : TaxAffectation.fromCode("10"), row.status() != null ? row.status() : ProductStatus.ACTIVE,
                        null), row.basePrice(), List.of(first)), cause, author);
                return null;
            }
            product = bySlug.get(0);
            ImportError refused = require(granted, EDIT, n);
            if (refused != null) {
                return refused;
            }
            variant = products.addVariant(product, first, cause, author);
        }
        return changeProduct(product, variant, row, brandId, categoryId, granted, cause, author);
    }

    /** The product-level values and the prices given on the row (empty cells leave the current ones). */
    private ImportError changeProduct(Product product, ProductVariant variant, ImportRow row, Long brandId,
                                      Long categoryId, Set<String> granted, PriceCause cause, Author author) {
        int n = row.rowNumber();
        ProductData described = new ProductData(row.productName() != null ? row.productName() : product.getName(), null,
                product.getDescriptionShort(), product.getDescriptionLong(),
                brandId != null ? brandId : product.getBrandId(), categoryId != null ? categoryId : product.getCategoryId(),
                row.costPrice() != null ? row.costPrice() : product.getCostPrice(),
                row.taxAffectation() != null ? row.taxAffectation() : product.getTaxAffectation(),
                row.status() != null ? row.status() : product.getStatus(), product.getAttributes());
        if (!described.name().equals(product.getName()) || !Objects.equals(described.brandId(), product.getBrandId())
                || !Objects.equals(described.categoryId(), product.getCategoryId())
                || !sameAmount(described.costPrice(), product.getCostPrice())
                || !described.taxAffectation().code().equals(product.getTaxCode())
                || described.status() != product.getStatus()) {
            ImportError refused = require(granted, EDIT, n);
            if (refused != null) {
                return refused;
            }
            products.update(product, described, author);
        }
        if (row.basePrice() != null && product.getBasePrice().compareTo(row.basePrice()) != 0) {
            ImportError refused = require(granted, PRICE, n);
            if (refused != null) {
                return refused;
            }
            prices.changeBasePrice(product, row.basePrice(), cause, author);
        }
        if (row.priceOverride() != null && !sameAmount(variant.getPriceOverride(), row.priceOverride())) {
            ImportError refused = require(granted, PRICE, n);
            if (refused != null) {
                return refused;
            }
            prices.changeVariantPrice(variant, row.priceOverride(), cause, author);
        }
        return null;
    }

    private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The row needs {@code permission}: rejected unless the import's starter held it. */
    private static ImportError require(Set<String> granted, String permission, int row) {
        return granted.contains(permission) ? null
                : new ImportError(row, "*", "the import was started without the permission " + permission
                + " this row needs");
    }
}
