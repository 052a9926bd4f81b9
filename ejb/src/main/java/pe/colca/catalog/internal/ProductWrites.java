package pe.colca.catalog.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pe.colca.settings.Settings;
import pe.colca.catalog.Barcode;
import pe.colca.catalog.Brand;
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.Category;
import pe.colca.catalog.NewProduct;
import pe.colca.catalog.PriceChange;
import pe.colca.catalog.PriceNotPositive;
import pe.colca.catalog.PricePolicy;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductData;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.Slugs;
import pe.colca.catalog.VariantData;
import pe.colca.common.DuplicateKey;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import org.hibernate.Session;
import pe.colca.security.AuditTrail;

/**
 * The one implementation of writing products and variants, shared by the screens and the API
 * ({@link DefaultProductService}, {@link DefaultVariantService}) and the CSV import: the rules that
 * need the database (known brand and category, free slug, free SKU and barcode, barcode check
 * digits, positive prices, first-price history) and the audit row. It joins the caller's
 * transaction ({@code MANDATORY}) and checks no permission: its callers do (the services with
 * {@code @RolesAllowed}, the import when it is started). Data is expected valid (Bean Validation)
 * and normalized.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProductWrites {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    @EJB
    private AuditTrail audit;

    /** A new product with its variants; each variant's first price goes to the history ({@code firstPrice}). */
    public Product create(NewProduct data, PriceCause firstPrice, Author author) {
        ProductData d = data.product().normalized();
        refuseUnknownReferences(d, author.locale());
        BigDecimal basePrice = requirePositive(data.basePrice(), "basePrice");
        String slug = d.slug() != null ? requireFreeSlug(d.slug(), null, author.locale()) : freeSlug(Slugs.of(d.name()));
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
        Flushes.flush(em, CatalogEntities.PRODUCT, product::getSlug);
        for (ProductVariant variant : product.getVariants()) {
            em.persist(firstPrice(variant, firstPrice, author, product.getId()));
        }
        Flushes.flush(em, CatalogEntities.PRODUCT, product::getSlug);
        audit.recordAs(author.userId(), "CREATE", "products", product.getId(), null,
                Snapshots.with(Snapshots.of(product), "origin", author.origin()));
        return product;
    }

    /**
     * The set-based {@link #create} and {@link #addVariant} for many rows at once (the CSV import
     * writes a chunk with it): the same rules, checked for the whole set with one query each (known
     * brand and category, well-formed free slug, free and distinct SKUs and barcodes, barcode check
     * digits, positive prices, a product on sale needs its variant active), then one insert per table,
     * a first-price history row per variant and the same audit rows as the one-by-one writes
     * ({@code CREATE} of {@code products} with its first variant, of {@code product_variants} for an
     * added one). A broken rule refuses the whole set (the caller then writes its rows one by one to
     * find the row); nothing else is read or locked. Variants may name a product of {@code products}.
     */
    public void createAll(List<NewProductRow> products, List<NewVariantRow> variants) {
        boolean allowOther = CatalogSettings.barcodeAllowOther(settings);
        Set<String> skus = new HashSet<>();
        Set<String> barcodes = new HashSet<>();
        Set<Long> brandIds = new HashSet<>();
        Set<Long> categoryIds = new HashSet<>();
        Map<String, BigDecimal> basePrices = new HashMap<>();
        List<Product> created = new ArrayList<>();
        for (NewProductRow row : products) {
            ProductData d = row.product().normalized();
            if (d.slug() == null || !Slugs.isWellFormed(d.slug())) {
                throw InvalidInput.of("slug", Messages.format(row.author().locale(), "catalog.product.slug.pattern"));
            }
            if (basePrices.put(d.slug(), requirePositive(row.basePrice(), "basePrice")) != null) {
                throw new DuplicateKey("slug", d.slug());
            }
            addIfPresent(brandIds, d.brandId());
            addIfPresent(categoryIds, d.categoryId());
            Product product = new Product(d.name(), d.slug(), basePrices.get(d.slug()), d.taxAffectation());
            describe(product, d, d.slug());
            VariantData v = row.firstVariant().normalized();
            ProductVariant variant = product.addVariant(v.sku(), distinctKeys(skus, barcodes, v, allowOther), v.size(),
                    v.color());
            describe(variant, v);
            if (v.priceOverride() != null) {
                variant.overridePrice(requirePositive(v.priceOverride(), "priceOverride"));
            }
            product.changeStatus(d.status());
            created.add(product);
        }
        List<VariantData> added = new ArrayList<>();
        for (NewVariantRow row : variants) {
            VariantData v = row.variant().normalized();
            added.add(new VariantData(v.sku(), distinctKeys(skus, barcodes, v, allowOther), v.size(), v.color(),
                    v.priceOverride() == null ? null : requirePositive(v.priceOverride(), "priceOverride"), v.weight(),
                    v.dimensions(), v.mainImageUrl(), v.active()));
        }
        refuseUnknownReferences(brandIds, categoryIds);
        BulkInserts.Taken taken = em.unwrap(Session.class).doReturningWork(c -> BulkInserts.firstTaken(c,
                basePrices.keySet(), skus, barcodes));
        if (taken != null) {
            throw new DuplicateKey(taken.field(), taken.key());
        }
        Map<String, Long> productIds = new HashMap<>();
        Set<String> named = new HashSet<>();
        variants.forEach(r -> named.add(r.productSlug()));
        named.removeAll(basePrices.keySet());
        if (!named.isEmpty()) {
            for (Tuple t : em.createQuery("SELECT p.id AS pid, p.slug AS pslug, p.basePrice AS pbase FROM Product p"
                    + " WHERE p.slug IN :slugs", Tuple.class).setParameter("slugs", named).getResultList()) {
                productIds.put(t.get("pslug", String.class), t.get("pid", Long.class));
                basePrices.put(t.get("pslug", String.class), t.get("pbase", BigDecimal.class));
            }
        }
        List<AuditTrail.Entry> entries = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            productIds.putAll(BulkInserts.products(c, created.stream().map(p -> new BulkInserts.ProductValues(p.getName(),
                    p.getSlug(), p.getBrandId(), p.getCategoryId(), p.getBasePrice(), p.getCostPrice(), p.getTaxCode(),
                    p.getStatus().name())).toList()));
            List<BulkInserts.VariantValues> rows = new ArrayList<>();
            for (Product p : created) {
                ProductVariant v = p.getVariants().get(0);
                rows.add(new BulkInserts.VariantValues(productIds.get(p.getSlug()), v.getSku(), v.getBarcode(), v.getSize(),
                        v.getColor(), v.getPriceOverride(), v.getWeight(), v.getMainImageUrl(), v.isActive()));
            }
            for (int i = 0; i < variants.size(); i++) {
                VariantData v = added.get(i);
                Long productId = productIds.get(variants.get(i).productSlug());
                if (productId == null) {
                    throw new CatalogRecordNotFound(CatalogEntities.PRODUCT, variants.get(i).productSlug());
                }
                rows.add(new BulkInserts.VariantValues(productId, v.sku(), v.barcode(), v.size(), v.color(),
                        v.priceOverride(), v.weight(), v.mainImageUrl(), v.active()));
            }
            Map<String, Long> variantIds = BulkInserts.variants(c, rows);
            List<BulkInserts.FirstPrice> history = new ArrayList<>();
            for (int i = 0; i < products.size(); i++) {
                Product p = created.get(i);
                ProductVariant v = p.getVariants().get(0);
                long productId = productIds.get(p.getSlug());
                history.add(firstPrice(variantIds.get(v.getSku()), v.effectivePrice(), products.get(i).firstPrice(),
                        products.get(i).author(), productId));
                entries.add(new AuditTrail.Entry(products.get(i).author().userId(), "CREATE", "products", productId, null,
                        Snapshots.with(Snapshots.of(p), "origin", products.get(i).author().origin())));
            }
            for (int i = 0; i < variants.size(); i++) {
                NewVariantRow row = variants.get(i);
                VariantData v = added.get(i);
                long variantId = variantIds.get(v.sku());
                history.add(firstPrice(variantId, PricePolicy.effective(v.priceOverride(),
                        basePrices.get(row.productSlug())), row.firstPrice(), row.author(), variantId));
                entries.add(new AuditTrail.Entry(row.author().userId(), "CREATE", "product_variants", variantId, null,
                        Snapshots.with(Snapshots.ofNew(productIds.get(row.productSlug()), v), "origin",
                                row.author().origin())));
            }
            BulkInserts.firstPrices(c, history);
            BulkInserts.refreshStatistics(c, created.size(), rows.size());
        });
        audit.recordAllAs(entries);   // after the work: it borrows the session's connection itself
    }

    /** The variant's normalized barcode, after checking SKU and barcode are not repeated in the set. */
    private static String distinctKeys(Set<String> skus, Set<String> barcodes, VariantData v, boolean allowOther) {
        String barcode = Barcode.normalize(v.barcode(), allowOther);
        if (!skus.add(v.sku())) {
            throw new DuplicateKey("sku", v.sku());
        }
        if (barcode != null && !barcodes.add(barcode)) {
            throw new DuplicateKey("barcode", barcode);
        }
        return barcode;
    }

    private static BulkInserts.FirstPrice firstPrice(long variantId, BigDecimal price, PriceCause cause, Author author,
                                                     Long changedId) {
        return new BulkInserts.FirstPrice(variantId, price, cause.type().name(), cause.referenceSource(),
                cause.reference(changedId), author.userId(), cause.recordedJustification());
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private void refuseUnknownReferences(Set<Long> brandIds, Set<Long> categoryIds) {
        for (Long id : brandIds) {
            if (id > Integer.MAX_VALUE || id < 1 || em.find(Brand.class, id.intValue()) == null) {
                throw InvalidInput.of("brandId", Messages.format(Messages.DEFAULT_LOCALE,
                        "catalog.product.brand.unknown", id));
            }
        }
        for (Long id : categoryIds) {
            if (id > Integer.MAX_VALUE || id < 1 || em.find(Category.class, id.intValue()) == null) {
                throw InvalidInput.of("categoryId", Messages.format(Messages.DEFAULT_LOCALE,
                        "catalog.product.category.unknown", id));
            }
        }
    }

    /** Edits the description, classification, tax affectation and status (not the price). */
    public Product update(Product product, ProductData d, Author author) {
        refuseUnknownReferences(d, author.locale());
        String slug = d.slug() == null || d.slug().equals(product.getSlug()) ? product.getSlug()
                : requireFreeSlug(d.slug(), product.getId(), author.locale());
        Map<String, Object> before = Snapshots.of(product);
        describe(product, d, slug);
        product.changeTaxAffectation(d.taxAffectation());
        product.changeStatus(d.status());
        Flushes.flush(em, CatalogEntities.PRODUCT, () -> String.valueOf(product.getId()));
        audit.recordAs(author.userId(), "UPDATE", "products", product.getId(), before,
                Snapshots.with(Snapshots.of(product), "origin", author.origin()));
        return product;
    }

    /** A new variant of {@code product}; its first price goes to the history ({@code firstPrice}). */
    public ProductVariant addVariant(Product product, VariantData v, PriceCause firstPrice, Author author) {
        String barcode = Barcode.normalize(v.barcode(), CatalogSettings.barcodeAllowOther(settings));
        refuseTakenVariantKeys(v.sku(), barcode, null);
        ProductVariant variant = product.addVariant(v.sku(), barcode, v.size(), v.color());
        describe(variant, v);
        if (v.priceOverride() != null) {
            variant.overridePrice(requirePositive(v.priceOverride(), "priceOverride"));
        }
        em.persist(variant);
        Flushes.flush(em, CatalogEntities.VARIANT, variant::getSku);
        em.persist(firstPrice(variant, firstPrice, author, variant.getId()));
        Flushes.flush(em, CatalogEntities.VARIANT, variant::getSku);
        audit.recordAs(author.userId(), "CREATE", "product_variants", variant.getId(), null,
                Snapshots.with(Snapshots.of(variant), "origin", author.origin()));
        return variant;
    }

    /** Edits SKU, barcode, size, colour, package data, image and active flag (not the price). */
    public ProductVariant updateVariant(ProductVariant variant, VariantData v, Author author) {
        String barcode = Barcode.normalize(v.barcode(), CatalogSettings.barcodeAllowOther(settings));
        refuseTakenVariantKeys(v.sku(), barcode, variant.getId());
        Map<String, Object> before = Snapshots.of(variant);
        variant.relabel(v.sku(), barcode, v.size(), v.color());
        describe(variant, v);
        Flushes.flush(em, CatalogEntities.VARIANT, () -> String.valueOf(variant.getId()));
        audit.recordAs(author.userId(), "UPDATE", "product_variants", variant.getId(), before,
                Snapshots.with(Snapshots.of(variant), "origin", author.origin()));
        return variant;
    }

    private static PriceChange firstPrice(ProductVariant variant, PriceCause cause, Author author, Long changedId) {
        return new PriceChange(variant.getId(), null, variant.effectivePrice(), cause.type(), author.userId(),
                cause.recordedJustification()).causedBy(cause.referenceSource(), cause.reference(changedId));
    }

    static BigDecimal requirePositive(BigDecimal price, String field) {
        if (!PricePolicy.isPositive(price)) {
            throw new PriceNotPositive(field);
        }
        return PricePolicy.money(price);
    }

    private void refuseUnknownReferences(ProductData d, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.brandId() != null && (d.brandId() > Integer.MAX_VALUE || d.brandId() < 1
                || em.find(Brand.class, d.brandId().intValue()) == null)) {
            errors.put("brandId", Messages.format(locale, "catalog.product.brand.unknown", d.brandId()));
        }
        if (d.categoryId() != null && (d.categoryId() > Integer.MAX_VALUE || d.categoryId() < 1
                || em.find(Category.class, d.categoryId().intValue()) == null)) {
            errors.put("categoryId", Messages.format(locale, "catalog.product.category.unknown", d.categoryId()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The slug, if well-formed and no other product (but {@code exceptId}) has it. */
    public String requireFreeSlug(String slug, Long exceptId, Locale locale) {
        if (!Slugs.isWellFormed(slug)) {
            throw InvalidInput.of("slug", Messages.format(locale, "catalog.product.slug.pattern"));
        }
        if (em.createQuery("SELECT count(p) FROM Product p WHERE p.slug = :slug AND p.id <> :id", Long.class)
                .setParameter("slug", slug).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0) {
            throw new DuplicateKey("slug", slug);
        }
        return slug;
    }

    private String freeSlug(String base) {
        Set<String> taken = new HashSet<>(em.createQuery("SELECT p.slug FROM Product p"
                        + " WHERE p.slug = :base OR p.slug LIKE :prefix ESCAPE '!'", String.class)
                .setParameter("base", base)
                .setParameter("prefix", CatalogSql.likeEscape(base) + "-%")
                .getResultList());
        return Slugs.unique(base, taken::contains);
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
}
