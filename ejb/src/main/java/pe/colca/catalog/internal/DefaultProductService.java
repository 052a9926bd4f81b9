package pe.colca.catalog.internal;

import static pe.colca.common.SqlValues.instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.CatalogStaleVersion;
import pe.colca.catalog.DeletedProduct;
import pe.colca.catalog.NewProduct;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductData;
import pe.colca.catalog.ProductFilter;
import pe.colca.catalog.ProductService;
import pe.colca.catalog.ProductSummary;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.RuleViolated;
import pe.colca.common.Where;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

/**
 * Products' transactions. Validation first (nothing is written when input is refused), then the
 * optimistic-lock check against the version the caller read, then the write through
 * {@link ProductWrites} (shared with the CSV import), which flushes (a concurrent edit or a value
 * taken meanwhile is a clear 409) and audits in the same transaction.
 */
@Stateless
public class DefaultProductService implements ProductService {

    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "name", "slug", "slug",
            "basePrice", "base_price", "status", "status", "createdAt", "created_at", "updatedAt", "updated_at");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    @EJB
    private ProductWrites writes;

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<Product> searchProducts(ProductFilter filter, PageRequest page) {
        return search(filter, page, p -> p.getVariants().size()); // batch-loaded (@BatchSize) while the transaction is open
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<ProductSummary> listProducts(ProductFilter filter, PageRequest page) {
        Page<Product> products = search(filter, page, p -> { });
        Map<Long, Long> counts = new HashMap<>();
        if (!products.items().isEmpty()) {
            // one grouped count over the page's products (ix on product_id), instead of loading every variant
            em.createQuery("SELECT new " + LiveVariantCount.class.getName() + "(v.product.id, count(v))"
                            + " FROM ProductVariant v WHERE v.product.id IN :ids GROUP BY v.product.id",
                            LiveVariantCount.class)
                    .setParameter("ids", products.items().stream().map(Product::getId).toList()).getResultList()
                    .forEach(c -> counts.put(c.productId(), c.variants()));
        }
        return products.map(p -> ProductSummary.of(p, counts.getOrDefault(p.getId(), 0L)));
    }

    private Page<Product> search(ProductFilter filter, PageRequest page, Consumer<Product> each) {
        ProductFilter f = filter == null ? ProductFilter.all() : filter;
        // SQL, not JPQL: the name test must be exactly the expression of ix_products_name_trgm
        // (colca_unaccent(lower(name))), and JPQL cannot type a user function inside LIKE
        Where where = new Where().and("p.deleted_at IS NULL");
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip();
            where.and("((" + CatalogSql.nameHasWords(where, text) + ") OR EXISTS (SELECT 1 FROM product_variants v"
                    + " WHERE v.product_id = p.id AND v.deleted_at IS NULL AND (v.sku = :code OR v.barcode = :barcode)))",
                    "code", text.toUpperCase(Locale.ROOT)).param("barcode", text);
        }
        where.andIf(f.brandId(), "p.brand_id = :brand", "brand")
                .andIf(f.categoryId(), "p.category_id = :category", "category")
                .andIf(f.status() == null ? null : f.status().name(), "p.status = :status", "status");
        String sort = SORT_COLUMNS.getOrDefault(page.sortField() == null ? "name" : page.sortField(), "name");
        return CatalogSql.pageOfIds(em, where, " FROM products p", "p.id",
                " ORDER BY p." + sort + (page.ascending() ? " ASC" : " DESC") + ", p.id", page,
                ids -> em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class)
                        .setParameter("ids", ids).getResultList(), Product::getId, each);
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Product getProduct(long id) {
        return liveProduct(em, id);
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Product getProductHeader(long id) {
        Product product = em.find(Product.class, id);
        if (product == null || product.isDeleted()) {
            throw new CatalogRecordNotFound(CatalogEntities.PRODUCT, id);
        }
        return product;
    }

    /** The live product with its variants loaded (callers show them after the transaction). */
    static Product liveProduct(EntityManager em, long id) {
        Product product = em.find(Product.class, id);
        if (product == null || product.isDeleted()) {
            throw new CatalogRecordNotFound(CatalogEntities.PRODUCT, id);
        }
        product.getVariants().size();
        return product;
    }

    /** The live product, if it still has the version the caller read. */
    static Product currentProduct(EntityManager em, long id, long expectedVersion) {
        Product product = liveProduct(em, id);
        if (product.getVersion() != expectedVersion) {
            throw new CatalogStaleVersion(CatalogEntities.PRODUCT, id);
        }
        return product;
    }

    @Override
    @RolesAllowed("catalog.product.create")
    public Product createProduct(NewProduct data) {
        Checks.valid(validator, data, request.getLocale());
        return writes.create(data, PriceCause.first("product.create"), author());
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public Product updateProduct(long id, long expectedVersion, ProductData data) {
        ProductData d = Checks.valid(validator, data, request.getLocale()).normalized();
        return writes.update(currentProduct(em, id, expectedVersion), d, author());
    }

    @Override
    @RolesAllowed("catalog.product.delete")
    public void deleteProduct(long id, long expectedVersion, String reason) {
        requireReason(reason);
        Product product = currentProduct(em, id, expectedVersion);
        Map<String, Object> before = Snapshots.of(product);
        product.markDeleted(caller.userId().orElse(null), reason, Instant.now());
        Flushes.flush(em, CatalogEntities.PRODUCT, () -> String.valueOf(id));
        audit.record("DELETE", "products", id, before, Snapshots.with(Snapshots.of(product), "deletionReason",
                reason.strip()));
    }

    @Override
    @RolesAllowed("catalog.product.delete")
    public Product restoreProduct(long id) {
        List<?> rows = em.createNativeQuery("SELECT deleted_at, slug FROM products WHERE id = ?1 FOR UPDATE",
                        jakarta.persistence.Tuple.class).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new CatalogRecordNotFound(CatalogEntities.PRODUCT, id);
        }
        jakarta.persistence.Tuple row = (jakarta.persistence.Tuple) rows.get(0);
        if (row.get("deleted_at") == null) {
            throw new RuleViolated("product-not-deleted", "catalog.product.notDeleted", String.valueOf(id));
        }
        writes.requireFreeSlug(row.get("slug", String.class), id, request.getLocale());
        try {
            em.createNativeQuery("UPDATE product_variants SET deleted_at = NULL, deleted_by = NULL,"
                            + " deletion_reason = NULL, is_active = true, version = version + 1"
                            + " WHERE product_id = ?1 AND deleted_at = (SELECT deleted_at FROM products WHERE id = ?1)")
                    .setParameter(1, id).executeUpdate();
            em.createNativeQuery("UPDATE products SET deleted_at = NULL, deleted_by = NULL, deletion_reason = NULL,"
                    + " version = version + 1, updated_at = now() WHERE id = ?1").setParameter(1, id).executeUpdate();
        } catch (PersistenceException e) {
            throw Flushes.translate(e, CatalogEntities.PRODUCT, () -> String.valueOf(id));
        }
        Product product = getProduct(id);
        audit.record("RESTORE", "products", id, Map.of("deleted", true), Snapshots.of(product));
        return product;
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<DeletedProduct> searchDeletedProducts(String text, PageRequest page) {
        // SQL: deleted rows are hidden from the entities by their @SQLRestriction
        Where where = new Where().and("p.deleted_at IS NOT NULL");
        if (text != null && !text.isBlank()) {
            where.and("((" + CatalogSql.nameHasWords(where, text.strip()) + ") OR p.slug = lower(:code)"
                    + " OR EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.sku = :code))",
                    "code", text.strip().toUpperCase(Locale.ROOT));
        }
        return where.page(em.createNativeQuery("SELECT p.id, p.name, p.slug, p.base_price, p.deleted_at,"
                        + " u.full_name, p.deletion_reason FROM products p LEFT JOIN security_user_names u ON u.id = p.deleted_by" + where
                        + " ORDER BY p.deleted_at DESC, p.id DESC"),
                em.createNativeQuery("SELECT count(*) FROM products p" + where), page,
                r -> new DeletedProduct(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        (BigDecimal) r[3], instant(r[4]), (String) r[5], (String) r[6]));
    }

    private Author author() {
        return new Author(caller.userId().orElse(null), request.getLocale(), null);
    }

    private void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "error.reasonRequired"));
        }
    }
}
