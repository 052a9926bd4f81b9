package pe.colca.catalog.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.CatalogStaleVersion;
import pe.colca.catalog.LastVariant;
import pe.colca.catalog.NotForSale;
import pe.colca.catalog.PricePolicy;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.Sellability;
import pe.colca.catalog.VariantData;
import pe.colca.catalog.VariantInfo;
import pe.colca.catalog.VariantLookup;
import pe.colca.catalog.VariantService;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.Where;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

/**
 * Variants' transactions and the POS look-up. Writes go through {@link ProductWrites} (shared with
 * the CSV import); whether a variant may be sold is decided by {@link Sellability} only.
 */
@Stateless
public class DefaultVariantService implements VariantService {

    /** The look-up's columns; deleted rows included (the entities' @SQLRestriction would hide them). */
    private static final String LOOKUP = "SELECT v.id AS variant_id, p.id AS product_id, v.sku, v.barcode,"
            + " p.name AS product_name, v.size, v.color, v.price_override, p.base_price, p.tax_code, p.status,"
            + " v.is_active, v.version AS variant_version, p.version AS product_version, (v.deleted_at IS NOT NULL) AS variant_deleted, (p.deleted_at IS NOT NULL) AS product_deleted"
            + " FROM product_variants v JOIN products p ON p.id = v.product_id";

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
    public Page<ProductVariant> searchVariants(String text, PageRequest page) {
        Where where = new Where().and("v.deleted_at IS NULL AND p.deleted_at IS NULL");
        if (text != null && !text.isBlank()) {
            String t = text.strip();
            where.and("(v.sku = :code OR v.barcode = :barcode OR (" + CatalogSql.nameHasWords(where, t) + "))",
                    "code", t.toUpperCase(Locale.ROOT)).param("barcode", t);
        }
        return CatalogSql.pageOfIds(em, where, " FROM product_variants v JOIN products p ON p.id = v.product_id", "v.id",
                " ORDER BY p.name" + (page.ascending() ? " ASC" : " DESC") + ", v.sku, v.id", page,
                ids -> em.createQuery("SELECT v FROM ProductVariant v JOIN FETCH v.product WHERE v.id IN :ids",
                        ProductVariant.class).setParameter("ids", ids).getResultList(), ProductVariant::getId, v -> { });
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public Page<ProductVariant> productVariants(long productId, String text, PageRequest page) {
        Product product = em.find(Product.class, productId);
        if (product == null || product.isDeleted()) {
            throw new CatalogRecordNotFound(CatalogEntities.PRODUCT, productId);
        }
        String filter = "";
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t != null) {
            filter = " AND (upper(v.sku) LIKE :sku ESCAPE '!' OR v.barcode = :barcode)";
        }
        String from = " FROM ProductVariant v WHERE v.product.id = :product" + filter;
        var count = em.createQuery("SELECT count(v)" + from, Long.class).setParameter("product", productId);
        var items = em.createQuery("SELECT v" + from + " ORDER BY v.sku" + (page.ascending() ? " ASC" : " DESC")
                        + ", v.id", ProductVariant.class).setParameter("product", productId)
                .setFirstResult(page.offset()).setMaxResults(page.limit());
        if (t != null) {
            String like = "%" + CatalogSql.likeEscape(t.toUpperCase(Locale.ROOT)) + "%";
            count.setParameter("sku", like).setParameter("barcode", t);
            items.setParameter("sku", like).setParameter("barcode", t);
        }
        return new Page<>(items.getResultList(), count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("catalog.product.view")
    public ProductVariant getVariant(long id) {
        return liveVariant(em, id);
    }

    static ProductVariant liveVariant(EntityManager em, long id) {
        ProductVariant variant = em.find(ProductVariant.class, id);
        if (variant == null || variant.isDeleted() || variant.getProduct().isDeleted()) {
            throw new CatalogRecordNotFound(CatalogEntities.VARIANT, id);
        }
        return variant;
    }

    /** The live variant, if it still has the version the caller read. */
    static ProductVariant currentVariant(EntityManager em, long id, long expectedVersion) {
        ProductVariant variant = liveVariant(em, id);
        if (variant.getVersion() != expectedVersion) {
            throw new CatalogStaleVersion(CatalogEntities.VARIANT, id);
        }
        return variant;
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public ProductVariant addVariant(long productId, VariantData data) {
        VariantData v = Checks.valid(validator, data, request.getLocale()).normalized();
        Product product = DefaultProductService.liveProduct(em, productId);
        return writes.addVariant(product, v, PriceCause.first("variant.create"), author());
    }

    @Override
    @RolesAllowed("catalog.product.edit")
    public ProductVariant updateVariant(long id, long expectedVersion, VariantData data) {
        VariantData v = Checks.valid(validator, data, request.getLocale()).normalized();
        return writes.updateVariant(currentVariant(em, id, expectedVersion), v, author());
    }

    @Override
    @RolesAllowed("catalog.product.delete")
    public void deleteVariant(long id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "error.reasonRequired"));
        }
        ProductVariant variant = currentVariant(em, id, expectedVersion);
        long live = variant.getProduct().getVariants().stream().filter(x -> !x.isDeleted()).count();
        if (live <= 1) {
            throw new LastVariant(variant.getProduct().getId());
        }
        Map<String, Object> before = Snapshots.of(variant);
        variant.markDeleted(caller.userId().orElse(null), reason, Instant.now());
        Flushes.flush(em, CatalogEntities.VARIANT, () -> String.valueOf(id));
        audit.record("DELETE", "product_variants", id, before, Snapshots.with(Snapshots.of(variant),
                "deletionReason", reason.strip()));
    }

    /**
     * The POS path reads one row and writes nothing, so it needs no transaction of its own: without a
     * caller's transaction (the API) it runs in auto-commit, saving the XA start/end/commit round trips
     * a container transaction costs on every scan; inside a caller's transaction it joins it.
     */
    @Override
    @RolesAllowed("catalog.product.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VariantLookup lookup(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("code", Messages.format(request.getLocale(), "catalog.lookup.code.required"));
        }
        String c = code.strip();
        // live variants first, over the partial unique indexes on barcode and sku (the hot path);
        // only a miss looks at deleted variants (V13's partial indexes), the most recently deleted first
        List<Tuple> rows = lookupRows(LOOKUP + " WHERE v.deleted_at IS NULL AND (v.barcode = ?1 OR v.sku = ?2)"
                + " ORDER BY (v.barcode = ?1) DESC LIMIT 1", c);
        if (rows.isEmpty()) {
            rows = lookupRows(LOOKUP + " WHERE v.deleted_at IS NOT NULL AND (v.barcode = ?1 OR v.sku = ?2)"
                    + " ORDER BY (v.barcode = ?1) DESC, v.deleted_at DESC, v.id DESC LIMIT 1", c);
        }
        if (rows.isEmpty()) {
            throw new CatalogRecordNotFound(CatalogEntities.VARIANT, c);
        }
        Tuple row = rows.get(0);
        long variantId = ((Number) row.get("variant_id")).longValue();
        String sku = row.get("sku", String.class);
        String reason = Sellability.reasonNotSellable(ProductStatus.valueOf(row.get("status", String.class)),
                row.get("product_deleted", Boolean.class), row.get("is_active", Boolean.class),
                row.get("variant_deleted", Boolean.class));
        String name = row.get("product_name", String.class);
        String size = row.get("size", String.class);
        String color = row.get("color", String.class);
        if (reason != null) {
            throw new NotForSale(variantId, sku, VariantInfo.label(name, sku, size, color), reason);
        }
        BigDecimal override = row.get("price_override", BigDecimal.class);
        return new VariantLookup(variantId, ((Number) row.get("product_id")).longValue(), sku,
                row.get("barcode", String.class), name, size, color,
                PricePolicy.effective(override, row.get("base_price", BigDecimal.class)), override != null,
                row.get("tax_code", String.class), ((Number) row.get("variant_version")).longValue(),
                ((Number) row.get("product_version")).longValue());
    }

    /** The look-up's row, its column types declared (no result set metadata to resolve on every scan). */
    @SuppressWarnings("unchecked")
    private List<Tuple> lookupRows(String sql, String code) {
        NativeQuery<Tuple> query = em.createNativeQuery(sql, Tuple.class).unwrap(NativeQuery.class);
        return query.addScalar("variant_id", StandardBasicTypes.LONG).addScalar("product_id", StandardBasicTypes.LONG)
                .addScalar("sku", StandardBasicTypes.STRING).addScalar("barcode", StandardBasicTypes.STRING)
                .addScalar("product_name", StandardBasicTypes.STRING).addScalar("size", StandardBasicTypes.STRING)
                .addScalar("color", StandardBasicTypes.STRING)
                .addScalar("price_override", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("base_price", StandardBasicTypes.BIG_DECIMAL).addScalar("tax_code", StandardBasicTypes.STRING)
                .addScalar("status", StandardBasicTypes.STRING).addScalar("is_active", StandardBasicTypes.BOOLEAN)
                .addScalar("variant_version", StandardBasicTypes.LONG)
                .addScalar("product_version", StandardBasicTypes.LONG)
                .addScalar("variant_deleted", StandardBasicTypes.BOOLEAN)
                .addScalar("product_deleted", StandardBasicTypes.BOOLEAN)
                .setParameter(1, code).setParameter(2, code.toUpperCase(Locale.ROOT)).getResultList();
    }

    private Author author() {
        return new Author(caller.userId().orElse(null), request.getLocale(), null);
    }
}
