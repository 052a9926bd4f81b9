package pe.colca.catalog.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.StringJoiner;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.colca.catalog.Barcode;
import pe.colca.catalog.Brand;
import pe.colca.catalog.BrandData;
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.CatalogService;
import pe.colca.catalog.CatalogStaleVersion;
import pe.colca.catalog.Category;
import pe.colca.catalog.CategoryData;
import pe.colca.catalog.CategoryPath;
import pe.colca.catalog.CategoryTree;
import pe.colca.catalog.LastVariant;
import pe.colca.catalog.NewProduct;
import pe.colca.catalog.NotForSale;
import pe.colca.catalog.PriceChange;
import pe.colca.catalog.PriceChangeData;
import pe.colca.catalog.PriceChangeType;
import pe.colca.catalog.PriceNotPositive;
import pe.colca.catalog.PricePolicy;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductData;
import pe.colca.catalog.ProductFilter;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.Slugs;
import pe.colca.catalog.StillInUse;
import pe.colca.catalog.VariantData;
import pe.colca.catalog.VariantLookup;
import pe.colca.common.Where;
import pe.colca.common.Checks;
import pe.colca.common.DuplicateKey;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.SqlFailure;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.RuleViolated;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

/**
 * The catalog's transactions. Validation first (nothing is written when input is refused), then the
 * optimistic-lock check against the version the caller read, the change, an explicit flush (so a
 * concurrent edit or a value taken in the meantime is a clear 409), the price history and the audit
 * row, all in the caller's one transaction.
 */
@Stateless
public class DefaultCatalogService implements CatalogService {

    public static final String PRODUCT = "catalog.entity.product";
    public static final String VARIANT = "catalog.entity.variant";
    public static final String CATEGORY = "catalog.entity.category";
    public static final String BRAND = "catalog.entity.brand";

    private static final Map<String, String> PRODUCT_SORT_COLUMNS = Map.of("name", "name", "slug", "slug",
            "basePrice", "base_price", "status", "status", "createdAt", "created_at", "updatedAt", "updated_at");
    private static final Pattern CONSTRAINT = Pattern.compile("\"(uq_[a-z_]+)\"");

    @PersistenceContext
    private EntityManager em;

    /** Typed, cached system settings (catalog.*). */
    @EJB
    private pe.colca.settings.Settings settings;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    // ------------------------------------------------------------------------------------------ products

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<Product> searchProducts(ProductFilter filter, PageRequest page) {
        ProductFilter f = filter == null ? ProductFilter.all() : filter;
        // SQL, not JPQL: the name test must be exactly the expression of ix_products_name_trgm
        // (colca_unaccent(lower(name))), and JPQL cannot type a user function inside LIKE
        Where where = new Where().and("p.deleted_at IS NULL");
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip();
            where.and("((" + nameHasWords(where, text) + ") OR EXISTS (SELECT 1 FROM product_variants v"
                    + " WHERE v.product_id = p.id AND v.deleted_at IS NULL AND (v.sku = :code OR v.barcode = :barcode)))",
                    "code", text.toUpperCase(Locale.ROOT)).param("barcode", text);
        }
        where.andIf(f.brandId(), "p.brand_id = :brand", "brand")
                .andIf(f.categoryId(), "p.category_id = :category", "category")
                .andIf(f.status() == null ? null : f.status().name(), "p.status = :status", "status");
        String sort = PRODUCT_SORT_COLUMNS.getOrDefault(page.sortField() == null ? "name" : page.sortField(), "name");
        return pageOfIds(where, " FROM products p", "p.id",
                " ORDER BY p." + sort + (page.ascending() ? " ASC" : " DESC") + ", p.id", page,
                ids -> em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class)
                        .setParameter("ids", ids).getResultList(), Product::getId,
                p -> p.getVariants().size()); // batch-loaded (@BatchSize) while the transaction is open
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Product getProduct(long id) {
        Product product = em.find(Product.class, id);
        if (product == null || product.isDeleted()) {
            throw new CatalogRecordNotFound(PRODUCT, id);
        }
        product.getVariants().size(); // callers show the variants after the transaction
        return product;
    }

    @Override
    @RolesAllowed("catalog.product.create")
    public Product createProduct(NewProduct data) {
        Checks.valid(validator, data, locale());
        ProductData d = data.product().normalized();
        refuseUnknownReferences(d);
        BigDecimal basePrice = requirePositive(data.basePrice(), "basePrice");
        String slug = d.slug() != null ? requireFreeSlug(d.slug(), null) : freeSlug(Slugs.of(d.name()));
        boolean allowOther = CatalogSettings.barcodeAllowOther(settings);

        Product product = new Product(d.name(), slug, basePrice, d.taxAffectation());
        describe(product, d, slug);
        Set<String> skus = new HashSet<>();
        Set<String> barcodes = new HashSet<>();
        for (VariantData raw : data.variants()) {
            VariantData v = raw.normalized();
            String barcode = Barcode.normalize(v.barcode(), allowOther);
            if (!skus.add(v.sku())) {
                throw new DuplicateKey("sku", v.sku());
            }
            if (barcode != null && !barcodes.add(barcode)) {
                throw new DuplicateKey("barcode", barcode);
            }
            refuseTakenVariantKeys(v.sku(), barcode, null);
            ProductVariant variant = product.addVariant(v.sku(), barcode, v.size(), v.color());
            describe(variant, v);
            if (v.priceOverride() != null) {
                variant.overridePrice(requirePositive(v.priceOverride(), "priceOverride"));
            }
        }
        product.changeStatus(d.status());
        em.persist(product);
        flush(PRODUCT, product::getSlug);
        Long who = who();
        for (ProductVariant variant : product.getVariants()) {
            em.persist(new PriceChange(variant.getId(), null, variant.effectivePrice(), PriceChangeType.BASE, who,
                    null).causedBy("product.create", String.valueOf(product.getId())));
        }
        flush(PRODUCT, product::getSlug);
        audit.record("CREATE", "products", product.getId(), null, snapshot(product));
        return product;
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public Product updateProduct(long id, long expectedVersion, ProductData data) {
        ProductData d = Checks.valid(validator, data, locale()).normalized();
        Product product = currentProduct(id, expectedVersion);
        refuseUnknownReferences(d);
        String slug = d.slug() == null || d.slug().equals(product.getSlug()) ? product.getSlug()
                : requireFreeSlug(d.slug(), id);
        Map<String, Object> before = snapshot(product);
        describe(product, d, slug);
        product.changeTaxAffectation(d.taxAffectation());
        product.changeStatus(d.status());
        flush(PRODUCT, () -> String.valueOf(id));
        audit.record("UPDATE", "products", id, before, snapshot(product));
        return product;
    }

    @Override
    @RolesAllowed("catalog.product.delete")
    public void deleteProduct(long id, long expectedVersion, String reason) {
        requireReason(reason);
        Product product = currentProduct(id, expectedVersion);
        Map<String, Object> before = snapshot(product);
        product.markDeleted(who(), reason, Instant.now());
        flush(PRODUCT, () -> String.valueOf(id));
        Map<String, Object> after = snapshot(product);
        after.put("deletionReason", reason.strip());
        audit.record("DELETE", "products", id, before, after);
    }

    @Override
    @RolesAllowed("catalog.product.delete")
    public Product restoreProduct(long id) {
        List<?> rows = em.createNativeQuery("SELECT deleted_at, slug FROM products WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new CatalogRecordNotFound(PRODUCT, id);
        }
        Object[] row = (Object[]) rows.get(0);
        if (row[0] == null) {
            throw new RuleViolated("product-not-deleted", "catalog.product.notDeleted", String.valueOf(id));
        }
        String slug = (String) row[1];
        requireFreeSlug(slug, id);
        try {
            em.createNativeQuery("UPDATE product_variants SET deleted_at = NULL, deleted_by = NULL,"
                            + " deletion_reason = NULL, is_active = true, version = version + 1"
                            + " WHERE product_id = ?1 AND deleted_at = (SELECT deleted_at FROM products WHERE id = ?1)")
                    .setParameter(1, id).executeUpdate();
            em.createNativeQuery("UPDATE products SET deleted_at = NULL, deleted_by = NULL, deletion_reason = NULL,"
                    + " version = version + 1, updated_at = now() WHERE id = ?1").setParameter(1, id).executeUpdate();
        } catch (PersistenceException e) {
            throw translate(e, PRODUCT, () -> String.valueOf(id));
        }
        Product product = getProduct(id);
        audit.record("RESTORE", "products", id, Map.of("deleted", true), snapshot(product));
        return product;
    }

    @Override
    @RolesAllowed("catalog.price.edit")
    public Product changeBasePrice(long productId, long expectedVersion, PriceChangeData change) {
        PriceChangeData c = checkedPriceChange(change);
        if (c.newPrice() == null) {
            throw InvalidInput.of("newPrice", Messages.format(locale(), "catalog.price.required"));
        }
        BigDecimal newPrice = requirePositive(c.newPrice(), "newPrice");
        Product product = currentProduct(productId, expectedVersion);
        BigDecimal oldPrice = product.getBasePrice();
        if (oldPrice.compareTo(newPrice) == 0) {
            return product;
        }
        PricePolicy.requireJustification(oldPrice, newPrice, CatalogSettings.justificationThresholdPct(settings),
                c.justification());
        Map<String, Object> before = snapshot(product);
        product.changeBasePrice(newPrice);
        flush(PRODUCT, () -> String.valueOf(productId));
        Long who = who();
        for (ProductVariant variant : product.getVariants()) {
            if (!variant.isDeleted() && variant.getPriceOverride() == null) {
                em.persist(priceChange(variant.getId(), oldPrice, newPrice, c, who, "product", productId));
            }
        }
        flush(PRODUCT, () -> String.valueOf(productId));
        Map<String, Object> after = snapshot(product);
        after.put("justification", c.justification());
        audit.record("PRICE", "products", productId, before, after);
        return product;
    }

    /** A history row for a requested change; without a reference it points at what was changed. */
    private static PriceChange priceChange(long variantId, BigDecimal oldPrice, BigDecimal newPrice,
                                           PriceChangeData c, Long who, String changed, long changedId) {
        return new PriceChange(variantId, oldPrice, newPrice, c.type(), who, c.justification())
                .causedBy(c.referenceSource() != null ? c.referenceSource() : changed,
                        c.referenceId() != null ? c.referenceId() : String.valueOf(changedId));
    }

    // ------------------------------------------------------------------------------------------ variants

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<ProductVariant> searchVariants(String text, PageRequest page) {
        Where where = new Where().and("v.deleted_at IS NULL AND p.deleted_at IS NULL");
        if (text != null && !text.isBlank()) {
            String t = text.strip();
            where.and("(v.sku = :code OR v.barcode = :barcode OR (" + nameHasWords(where, t) + "))",
                    "code", t.toUpperCase(Locale.ROOT)).param("barcode", t);
        }
        return pageOfIds(where, " FROM product_variants v JOIN products p ON p.id = v.product_id", "v.id",
                " ORDER BY p.name" + (page.ascending() ? " ASC" : " DESC") + ", v.sku, v.id", page,
                ids -> em.createQuery("SELECT v FROM ProductVariant v JOIN FETCH v.product WHERE v.id IN :ids",
                        ProductVariant.class).setParameter("ids", ids).getResultList(), ProductVariant::getId, v -> { });
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public ProductVariant getVariant(long id) {
        ProductVariant variant = em.find(ProductVariant.class, id);
        if (variant == null || variant.isDeleted() || variant.getProduct().isDeleted()) {
            throw new CatalogRecordNotFound(VARIANT, id);
        }
        return variant;
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public ProductVariant addVariant(long productId, VariantData data) {
        VariantData v = Checks.valid(validator, data, locale()).normalized();
        Product product = getProduct(productId);
        String barcode = Barcode.normalize(v.barcode(), CatalogSettings.barcodeAllowOther(settings));
        refuseTakenVariantKeys(v.sku(), barcode, null);
        ProductVariant variant = product.addVariant(v.sku(), barcode, v.size(), v.color());
        describe(variant, v);
        if (v.priceOverride() != null) {
            variant.overridePrice(requirePositive(v.priceOverride(), "priceOverride"));
        }
        em.persist(variant);
        flush(VARIANT, variant::getSku);
        em.persist(new PriceChange(variant.getId(), null, variant.effectivePrice(), PriceChangeType.BASE, who(), null)
                .causedBy("variant.create", String.valueOf(variant.getId())));
        flush(VARIANT, variant::getSku);
        audit.record("CREATE", "product_variants", variant.getId(), null, snapshot(variant));
        return variant;
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public ProductVariant updateVariant(long id, long expectedVersion, VariantData data) {
        VariantData v = Checks.valid(validator, data, locale()).normalized();
        ProductVariant variant = currentVariant(id, expectedVersion);
        String barcode = Barcode.normalize(v.barcode(), CatalogSettings.barcodeAllowOther(settings));
        refuseTakenVariantKeys(v.sku(), barcode, id);
        Map<String, Object> before = snapshot(variant);
        variant.relabel(v.sku(), barcode, v.size(), v.color());
        describe(variant, v);
        flush(VARIANT, () -> String.valueOf(id));
        audit.record("UPDATE", "product_variants", id, before, snapshot(variant));
        return variant;
    }

    @Override
    @RolesAllowed("catalog.product.delete")
    public void deleteVariant(long id, long expectedVersion, String reason) {
        requireReason(reason);
        ProductVariant variant = currentVariant(id, expectedVersion);
        long live = variant.getProduct().getVariants().stream().filter(x -> !x.isDeleted()).count();
        if (live <= 1) {
            throw new LastVariant(variant.getProduct().getId());
        }
        Map<String, Object> before = snapshot(variant);
        variant.markDeleted(who(), reason, Instant.now());
        flush(VARIANT, () -> String.valueOf(id));
        Map<String, Object> after = snapshot(variant);
        after.put("deletionReason", reason.strip());
        audit.record("DELETE", "product_variants", id, before, after);
    }

    @Override
    @RolesAllowed("catalog.price.edit")
    public ProductVariant changeVariantPrice(long variantId, long expectedVersion, PriceChangeData change) {
        PriceChangeData c = checkedPriceChange(change);
        BigDecimal newOverride = c.newPrice() == null ? null : requirePositive(c.newPrice(), "newPrice");
        ProductVariant variant = currentVariant(variantId, expectedVersion);
        BigDecimal oldOverride = variant.getPriceOverride();
        if (oldOverride == null ? newOverride == null : newOverride != null && oldOverride.compareTo(newOverride) == 0) {
            return variant;
        }
        BigDecimal oldPrice = variant.effectivePrice();
        BigDecimal newPrice = PricePolicy.effective(newOverride, variant.getProduct().getBasePrice());
        PricePolicy.requireJustification(oldPrice, newPrice, CatalogSettings.justificationThresholdPct(settings),
                c.justification());
        Map<String, Object> before = snapshot(variant);
        if (newOverride == null) {
            variant.clearPriceOverride();
        } else {
            variant.overridePrice(newOverride);
        }
        flush(VARIANT, () -> String.valueOf(variantId));
        em.persist(priceChange(variantId, oldPrice, variant.effectivePrice(), c, who(), "variant", variantId));
        flush(VARIANT, () -> String.valueOf(variantId));
        Map<String, Object> after = snapshot(variant);
        after.put("justification", c.justification());
        audit.record("PRICE", "product_variants", variantId, before, after);
        return variant;
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<PriceChange> priceHistory(long variantId, PageRequest page) {
        getVariant(variantId);
        List<PriceChange> items = em.createQuery("SELECT h FROM PriceChange h WHERE h.variantId = :v"
                        + " ORDER BY h.changedAt DESC, h.id DESC", PriceChange.class)
                .setParameter("v", variantId)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = em.createQuery("SELECT count(h) FROM PriceChange h WHERE h.variantId = :v", Long.class)
                .setParameter("v", variantId).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public VariantLookup lookup(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("code", Messages.format(locale(), "catalog.lookup.code.required"));
        }
        String c = code.strip();
        // one query over the partial unique indexes on barcode and sku (live variants only)
        List<Object[]> rows = em.createQuery("SELECT v.id, p.id, v.sku, v.barcode, p.name, v.size, v.color,"
                        + " v.priceOverride, p.basePrice, p.taxCode, p.status, v.active"
                        + " FROM ProductVariant v JOIN v.product p"
                        + " WHERE (v.barcode = :code OR v.sku = :sku) AND p.deletion.deletedAt IS NULL", Object[].class)
                .setParameter("code", c)
                .setParameter("sku", c.toUpperCase(Locale.ROOT))
                .getResultList();
        if (rows.isEmpty()) {
            throw new CatalogRecordNotFound(VARIANT, c);
        }
        Object[] row = rows.stream().filter(r -> c.equals(r[3])).findFirst().orElse(rows.get(0));
        ProductStatus status = (ProductStatus) row[10];
        if (status == ProductStatus.DISCONTINUED) {
            throw new NotForSale(c, "catalog.lookup.reason.discontinued");
        }
        if (status != ProductStatus.ACTIVE) {
            throw new NotForSale(c, "catalog.lookup.reason.draft");
        }
        if (!(Boolean) row[11]) {
            throw new NotForSale(c, "catalog.lookup.reason.inactive");
        }
        BigDecimal override = (BigDecimal) row[7];
        return new VariantLookup((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (String) row[6], PricePolicy.effective(override, (BigDecimal) row[8]),
                override != null, (String) row[9]);
    }

    // ------------------------------------------------------------------------------------------ categories

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<Category> searchCategories(String text, Integer parentId, boolean rootsOnly, PageRequest page) {
        Where where = new Where();
        if (text != null && !text.isBlank()) {
            where.and("lower(function('colca_unaccent', lower(c.name))) LIKE :text ESCAPE '!'", "text",
                    "%" + likeEscape(plain(text.strip())) + "%");
        }
        if (parentId != null) {
            where.and("c.parent.id = :parent", "parent", parentId);
        } else if (rootsOnly) {
            where.and("c.parent IS NULL");
        }
        return where.page(em.createQuery("SELECT c FROM Category c" + where
                        + " ORDER BY c.name" + (page.ascending() ? " ASC" : " DESC") + ", c.id", Category.class),
                em.createQuery("SELECT count(c) FROM Category c" + where, Long.class), page);
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public CategoryPath getCategory(int id) {
        return new CategoryPath(findCategory(id), breadcrumbs(id));
    }

    @Override
    @RolesAllowed("catalog.category.edit")
    public CategoryPath createCategory(CategoryData data) {
        CategoryData d = Checks.valid(validator, data, locale()).normalized();
        Category parent = d.parentId() == null ? null : parentCategory(d.parentId());
        String slug = d.slug() != null ? requireFreeCategorySlug(d.slug(), null)
                : Slugs.unique(Slugs.of(d.name()), s -> categorySlugTaken(s, null));
        Category category = new Category(d.name(), slug, parent);
        category.changeImage(d.imageUrl());
        category.changeActive(d.active());
        em.persist(category);
        flush(CATEGORY, category::getSlug);
        audit.record("CREATE", "categories", category.getId(), null, snapshot(category));
        return new CategoryPath(category, breadcrumbs(category.getId()));
    }

    @Override
    @RolesAllowed("catalog.category.edit")
    public CategoryPath updateCategory(int id, long expectedVersion, CategoryData data) {
        CategoryData d = Checks.valid(validator, data, locale()).normalized();
        Category category = findCategory(id);
        requireVersion(category.getVersion(), expectedVersion, CATEGORY, id);
        Map<String, Object> before = snapshot(category);
        Integer currentParent = category.getParent() == null ? null : category.getParent().getId();
        if (!Objects.equals(currentParent, d.parentId())) {
            // one tree move at a time: two concurrent moves could otherwise build a cycle together
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('colca.catalog.categories'))) l")
                    .getSingleResult();
            Category parent = null;
            if (d.parentId() != null) {
                parent = parentCategory(d.parentId());
                CategoryTree.refuseCycle(id, breadcrumbs(d.parentId()).stream().map(CategoryPath.Crumb::id).toList());
            }
            category.moveUnder(parent);
        }
        String slug = d.slug() == null || d.slug().equals(category.getSlug()) ? category.getSlug()
                : requireFreeCategorySlug(d.slug(), id);
        category.rename(d.name(), slug);
        category.changeImage(d.imageUrl());
        category.changeActive(d.active());
        flush(CATEGORY, () -> String.valueOf(id));
        audit.record("UPDATE", "categories", id, before, snapshot(category));
        return new CategoryPath(category, breadcrumbs(id));
    }

    @Override
    @RolesAllowed("catalog.category.edit")
    public void deleteCategory(int id, long expectedVersion) {
        Category category = findCategory(id);
        requireVersion(category.getVersion(), expectedVersion, CATEGORY, id);
        long children = em.createQuery("SELECT count(c) FROM Category c WHERE c.parent.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        long products = ((Number) em.createNativeQuery("SELECT count(*) FROM products WHERE category_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (children > 0 || products > 0) {
            throw new StillInUse(CATEGORY, id);
        }
        Map<String, Object> before = snapshot(category);
        em.remove(category);
        flush(CATEGORY, () -> String.valueOf(id));
        audit.record("DELETE", "categories", id, before, null);
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public List<CategoryPath.Crumb> breadcrumbs(int categoryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH RECURSIVE up (id, parent_id, name, slug, depth) AS ("
                        + " SELECT id, parent_id, name, slug, 0 FROM categories WHERE id = ?1"
                        + " UNION ALL SELECT c.id, c.parent_id, c.name, c.slug, up.depth + 1"
                        + " FROM categories c JOIN up ON c.id = up.parent_id WHERE up.depth < 100)"
                        + " SELECT id, name, slug FROM up ORDER BY depth DESC")
                .setParameter(1, categoryId).getResultList();
        List<CategoryPath.Crumb> crumbs = new ArrayList<>();
        for (Object[] row : rows) {
            crumbs.add(new CategoryPath.Crumb(((Number) row[0]).intValue(), (String) row[1], (String) row[2]));
        }
        return crumbs;
    }

    // ------------------------------------------------------------------------------------------ brands

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<Brand> searchBrands(String text, PageRequest page) {
        String where = text == null || text.isBlank() ? ""
                : " WHERE lower(function('colca_unaccent', lower(b.name))) LIKE :text ESCAPE '!'";
        TypedQuery<Brand> query = em.createQuery("SELECT b FROM Brand b" + where + " ORDER BY b.name"
                + (page.ascending() ? " ASC" : " DESC") + ", b.id", Brand.class);
        TypedQuery<Long> count = em.createQuery("SELECT count(b) FROM Brand b" + where, Long.class);
        if (!where.isEmpty()) {
            String pattern = "%" + likeEscape(plain(text.strip())) + "%";
            query.setParameter("text", pattern);
            count.setParameter("text", pattern);
        }
        List<Brand> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Brand getBrand(int id) {
        Brand brand = em.find(Brand.class, id);
        if (brand == null) {
            throw new CatalogRecordNotFound(BRAND, id);
        }
        return brand;
    }

    @Override
    @RolesAllowed("catalog.brand.edit")
    public Brand createBrand(BrandData data) {
        BrandData d = Checks.valid(validator, data, locale()).normalized();
        refuseTakenBrandName(d.name(), null);
        Brand brand = new Brand(d.name(), d.logoUrl());
        em.persist(brand);
        flush(BRAND, brand::getName);
        audit.record("CREATE", "brands", brand.getId(), null, snapshot(brand));
        return brand;
    }

    @Override
    @RolesAllowed("catalog.brand.edit")
    public Brand updateBrand(int id, long expectedVersion, BrandData data) {
        BrandData d = Checks.valid(validator, data, locale()).normalized();
        Brand brand = getBrand(id);
        requireVersion(brand.getVersion(), expectedVersion, BRAND, id);
        refuseTakenBrandName(d.name(), id);
        Map<String, Object> before = snapshot(brand);
        brand.rename(d.name());
        brand.changeLogo(d.logoUrl());
        flush(BRAND, brand::getName);
        audit.record("UPDATE", "brands", id, before, snapshot(brand));
        return brand;
    }

    @Override
    @RolesAllowed("catalog.brand.edit")
    public void deleteBrand(int id, long expectedVersion) {
        Brand brand = getBrand(id);
        requireVersion(brand.getVersion(), expectedVersion, BRAND, id);
        long products = ((Number) em.createNativeQuery("SELECT count(*) FROM products WHERE brand_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (products > 0) {
            throw new StillInUse(BRAND, id);
        }
        Map<String, Object> before = snapshot(brand);
        em.remove(brand);
        flush(BRAND, () -> String.valueOf(id));
        audit.record("DELETE", "brands", id, before, null);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Locale locale() {
        return request.getLocale();
    }

    private Long who() {
        return caller.userId().orElse(null);
    }

    private Product currentProduct(long id, long expectedVersion) {
        Product product = getProduct(id);
        if (product.getVersion() != expectedVersion) {
            throw new CatalogStaleVersion(PRODUCT, id);
        }
        return product;
    }

    private ProductVariant currentVariant(long id, long expectedVersion) {
        ProductVariant variant = getVariant(id);
        if (variant.getVersion() != expectedVersion) {
            throw new CatalogStaleVersion(VARIANT, id);
        }
        return variant;
    }

    /** Categories and brands: the version the caller read must still be the current one. */
    private static void requireVersion(long current, long expected, String entityKey, int id) {
        if (current != expected) {
            throw new CatalogStaleVersion(entityKey, id);
        }
    }

    private Category findCategory(int id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new CatalogRecordNotFound(CATEGORY, id);
        }
        return category;
    }

    private Category parentCategory(int id) {
        Category parent = em.find(Category.class, id);
        if (parent == null) {
            throw InvalidInput.of("parentId", Messages.format(locale(), "catalog.product.category.unknown", id));
        }
        return parent;
    }

    private PriceChangeData checkedPriceChange(PriceChangeData change) {
        PriceChangeData c = Checks.valid(validator, change, locale()).normalized();
        if (c.type() == PriceChangeType.BULK) {
            throw InvalidInput.of("type", Messages.format(locale(), "catalog.price.bulkReserved"));
        }
        return c;
    }

    private static BigDecimal requirePositive(BigDecimal price, String field) {
        if (!PricePolicy.isPositive(price)) {
            throw new PriceNotPositive(field);
        }
        return PricePolicy.money(price);
    }

    private void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Messages.format(locale(), "error.reasonRequired"));
        }
    }

    private void refuseUnknownReferences(ProductData d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.brandId() != null && (d.brandId() > Integer.MAX_VALUE || d.brandId() < 1
                || em.find(Brand.class, d.brandId().intValue()) == null)) {
            errors.put("brandId", Messages.format(locale(), "catalog.product.brand.unknown", d.brandId()));
        }
        if (d.categoryId() != null && (d.categoryId() > Integer.MAX_VALUE || d.categoryId() < 1
                || em.find(Category.class, d.categoryId().intValue()) == null)) {
            errors.put("categoryId", Messages.format(locale(), "catalog.product.category.unknown", d.categoryId()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void describe(Product product, ProductData d, String slug) {
        product.describe(d.name(), slug, d.descriptionShort(), d.descriptionLong());
        product.classify(d.brandId(), d.categoryId());
        product.replaceAttributes(d.attributes());
        product.changeCostPrice(d.costPrice());
    }

    private static void describe(ProductVariant variant, VariantData v) {
        variant.describePackage(v.weight(), v.dimensions());
        variant.changeMainImage(v.mainImageUrl());
        if (v.active()) {
            variant.activate();
        } else {
            variant.deactivate();
        }
    }

    private String requireFreeSlug(String slug, Long exceptId) {
        if (!Slugs.isWellFormed(slug)) {
            throw InvalidInput.of("slug", Messages.format(locale(), "catalog.product.slug.pattern"));
        }
        if (productSlugTaken(slug, exceptId)) {
            throw new DuplicateKey("slug", slug);
        }
        return slug;
    }

    private String freeSlug(String base) {
        Set<String> taken = new HashSet<>(em.createQuery("SELECT p.slug FROM Product p"
                        + " WHERE p.slug = :base OR p.slug LIKE :prefix ESCAPE '!'", String.class)
                .setParameter("base", base)
                .setParameter("prefix", likeEscape(base) + "-%")
                .getResultList());
        return Slugs.unique(base, taken::contains);
    }

    private boolean productSlugTaken(String slug, Long exceptId) {
        return em.createQuery("SELECT count(p) FROM Product p WHERE p.slug = :slug AND p.id <> :id", Long.class)
                .setParameter("slug", slug)
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    private String requireFreeCategorySlug(String slug, Integer exceptId) {
        if (!Slugs.isWellFormed(slug)) {
            throw InvalidInput.of("slug", Messages.format(locale(), "catalog.product.slug.pattern"));
        }
        if (categorySlugTaken(slug, exceptId)) {
            throw new DuplicateKey("slug", slug);
        }
        return slug;
    }

    private boolean categorySlugTaken(String slug, Integer exceptId) {
        return em.createQuery("SELECT count(c) FROM Category c WHERE c.slug = :slug AND c.id <> :id", Long.class)
                .setParameter("slug", slug)
                .setParameter("id", exceptId == null ? -1 : exceptId)
                .getSingleResult() > 0;
    }

    private void refuseTakenBrandName(String name, Integer exceptId) {
        long taken = em.createQuery("SELECT count(b) FROM Brand b WHERE lower(b.name) = lower(:name) AND b.id <> :id",
                        Long.class)
                .setParameter("name", name)
                .setParameter("id", exceptId == null ? -1 : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new DuplicateKey("name", name);
        }
    }

    /** SKU and barcode are unique among live variants (the partial unique indexes back this up). */
    private void refuseTakenVariantKeys(String sku, String barcode, Long exceptId) {
        long id = exceptId == null ? -1L : exceptId;
        if (em.createQuery("SELECT count(v) FROM ProductVariant v WHERE v.sku = :sku AND v.id <> :id", Long.class)
                .setParameter("sku", sku).setParameter("id", id).getSingleResult() > 0) {
            throw new DuplicateKey("sku", sku);
        }
        if (barcode != null && em.createQuery("SELECT count(v) FROM ProductVariant v WHERE v.barcode = :barcode"
                        + " AND v.id <> :id", Long.class)
                .setParameter("barcode", barcode).setParameter("id", id).getSingleResult() > 0) {
            throw new DuplicateKey("barcode", barcode);
        }
    }

    /** Writes now so a concurrent edit or a value taken in the meantime becomes a clear refusal. */
    private void flush(String entityKey, Supplier<String> id) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw translate(e, entityKey, id);
        }
    }

    private static RuntimeException translate(PersistenceException e, String entityKey, Supplier<String> id) {
        if (e instanceof OptimisticLockException) {
            return new CatalogStaleVersion(entityKey, id.get());
        }
        Optional<SQLException> duplicate = SqlFailure.find(e, SqlFailure.UNIQUE_VIOLATION);
        if (duplicate.isEmpty()) {
            return e;
        }
        Matcher m = CONSTRAINT.matcher(String.valueOf(duplicate.get().getMessage()));
        String field = "value";
        if (m.find()) {
            String constraint = m.group(1);
            field = constraint.endsWith("_sku") ? "sku" : constraint.endsWith("_barcode") ? "barcode"
                    : constraint.endsWith("_slug") ? "slug" : constraint.endsWith("_name") ? "name" : "value";
        }
        return new DuplicateKey(field, id.get());
    }

    /** The words of a search text, lower case without accents (as colca_unaccent(lower(…)) stores them). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : plain(text).split("[\\s]+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /**
     * "the product's name holds every word of the text", accent- and case-insensitive, written with
     * exactly the expression of ix_products_name_trgm so the index serves it; binds one parameter a word.
     */
    private static String nameHasWords(Where where, String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "1 = 0";
        }
        StringJoiner all = new StringJoiner(" AND ");
        for (int i = 0; i < words.size(); i++) {
            where.param("word" + i, "%" + likeEscape(words.get(i)) + "%");
            all.add("colca_unaccent(lower(p.name)) LIKE :word" + i + " ESCAPE '!'");
        }
        return all.toString();
    }

    /**
     * A page of entities found by a native query: the ids of the page first ({@code idColumn}
     * {@code from} {@code where} {@code order}), then the entities in one query, kept in the ids' order
     * ({@code each} runs on every entity while the transaction is open, e.g. to load a collection).
     */
    private <T> Page<T> pageOfIds(Where where, String from, String idColumn, String order, PageRequest page,
                                  Function<List<Long>, List<T>> load, Function<T, Long> idOf, Consumer<T> each) {
        List<Long> ids = new ArrayList<>();
        for (Object id : where.bind(em.createNativeQuery("SELECT " + idColumn + from + where + order))
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        long total = ((Number) where.bind(em.createNativeQuery("SELECT count(*)" + from + where))
                .getSingleResult()).longValue();
        List<T> items = new ArrayList<>();
        if (!ids.isEmpty()) {
            Map<Long, T> byId = new HashMap<>();
            load.apply(ids).forEach(e -> byId.put(idOf.apply(e), e));
            ids.stream().map(byId::get).filter(Objects::nonNull).forEach(e -> {
                each.accept(e);
                items.add(e);
            });
        }
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Map<String, Object> snapshot(Product p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", p.getName());
        values.put("slug", p.getSlug());
        values.put("brandId", p.getBrandId());
        values.put("categoryId", p.getCategoryId());
        values.put("basePrice", p.getBasePrice());
        values.put("costPrice", p.getCostPrice());
        values.put("taxCode", p.getTaxCode());
        values.put("status", p.getStatus() == null ? null : p.getStatus().name());
        values.put("attributes", new LinkedHashMap<>(p.getAttributes()));
        values.put("variants", p.getVariants().stream().filter(v -> !v.isDeleted()).map(ProductVariant::getSku).toList());
        values.put("version", p.getVersion());
        return values;
    }

    private static Map<String, Object> snapshot(ProductVariant v) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("productId", v.getProduct().getId());
        values.put("sku", v.getSku());
        values.put("barcode", v.getBarcode());
        values.put("size", v.getSize());
        values.put("color", v.getColor());
        values.put("priceOverride", v.getPriceOverride());
        values.put("weight", v.getWeight());
        values.put("active", v.isActive());
        values.put("version", v.getVersion());
        return values;
    }

    private static Map<String, Object> snapshot(Category c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", c.getName());
        values.put("slug", c.getSlug());
        values.put("parentId", c.getParent() == null ? null : c.getParent().getId());
        values.put("imageUrl", c.getImageUrl());
        values.put("active", c.isActive());
        return values;
    }

    private static Map<String, Object> snapshot(Brand b) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", b.getName());
        values.put("logoUrl", b.getLogoUrl());
        return values;
    }

    // ------------------------------------------------------------------------------------------ screens

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<pe.colca.catalog.PriceHistoryLine> priceHistoryLines(long variantId, PageRequest page) {
        getVariant(variantId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT h.id, h.changed_at, h.old_price, h.new_price, h.change_type,"
                        + " h.reference_source, h.reference_id, h.changed_by, u.full_name, u.email, h.justification"
                        + " FROM price_change_history h LEFT JOIN users u ON u.id = h.changed_by"
                        + " WHERE h.variant_id = ?1 ORDER BY h.changed_at DESC, h.id DESC LIMIT " + page.limit()
                        + " OFFSET " + page.offset())
                .setParameter(1, variantId).getResultList();
        List<pe.colca.catalog.PriceHistoryLine> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new pe.colca.catalog.PriceHistoryLine(((Number) r[0]).longValue(), variantId, instant(r[1]), (BigDecimal) r[2],
                    (BigDecimal) r[3], PriceChangeType.valueOf((String) r[4]), (String) r[5], (String) r[6],
                    r[7] == null ? null : ((Number) r[7]).longValue(), (String) r[8], (String) r[9], (String) r[10]));
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM price_change_history WHERE variant_id = ?1")
                .setParameter(1, variantId).getSingleResult()).longValue();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<pe.colca.catalog.DeletedProduct> searchDeletedProducts(String text, PageRequest page) {
        // SQL: deleted rows are hidden from the entities by their @SQLRestriction
        Where where = new Where().and("p.deleted_at IS NOT NULL");
        if (text != null && !text.isBlank()) {
            where.and("((" + nameHasWords(where, text.strip()) + ") OR p.slug = lower(:code) OR EXISTS (SELECT 1"
                    + " FROM product_variants v WHERE v.product_id = p.id AND v.sku = :code))",
                    "code", text.strip().toUpperCase(Locale.ROOT));
        }
        return where.page(em.createNativeQuery("SELECT p.id, p.name, p.slug, p.base_price, p.deleted_at,"
                        + " u.full_name, p.deletion_reason FROM products p LEFT JOIN users u ON u.id = p.deleted_by" + where
                        + " ORDER BY p.deleted_at DESC, p.id DESC"),
                em.createNativeQuery("SELECT count(*) FROM products p" + where), page,
                r -> new pe.colca.catalog.DeletedProduct(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        (BigDecimal) r[3], instant(r[4]), (String) r[5], (String) r[6]));
    }

    /** A timestamptz read by a native query (the JDBC driver's type depends on the dialect's mapping). */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}
