package pe.colca.catalog.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.CatalogRecordNotFound;
import pe.colca.catalog.NotForSale;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.Sellability;
import pe.colca.catalog.VariantInfo;

/**
 * Reads the catalog's published view {@code catalog_variant_index} (V12) in the caller's
 * transaction. Open to every authenticated caller: what it tells is what a cashier's scan shows;
 * the calling service checks its own permission.
 *
 * <p>What a transaction has read is kept for the rest of it ({@link #seen}): a sale checks the same
 * variants in the order service, the pricing, the reservations and the conversions (twelve reads per
 * checkout, bench/README.md session 8), and one read per transaction sees what the next ones would (other
 * areas never write the catalog, and the view is not locked, so a later read in the same transaction
 * could as well have run first).
 */
@Stateless
@PermitAll
public class DefaultCatalogReader implements CatalogReader {

    private static final String SELECT = "SELECT variant_id, product_id, sku, barcode, product_name, size, color,"
            + " price, cost_price, tax_code, category_id, brand_id, product_status, variant_active, variant_deleted,"
            + " product_deleted FROM catalog_variant_index";

    /** Batch look-ups go in slices well under PostgreSQL's bind-parameter limit. */
    private static final int SLICE = 1_000;

    /** The transaction's resource key of {@link #seen}. */
    private static final Object SEEN = new Object();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Override
    public Optional<VariantInfo> variant(long variantId) {
        Map<Long, Optional<VariantInfo>> seen = seen();
        Optional<VariantInfo> known = seen.get(variantId);
        if (known != null) {
            return known;
        }
        Optional<VariantInfo> found = first(em.createNativeQuery(SELECT + " WHERE variant_id = ?1", Tuple.class)
                .setParameter(1, variantId).getResultList());
        seen.put(variantId, found);
        return found;
    }

    @Override
    public Optional<VariantInfo> variantByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip();
        // barcode first; both are unique among live variants (partial unique indexes)
        List<?> rows = em.createNativeQuery(SELECT + " WHERE (barcode = ?1 OR sku = ?2)"
                        + " AND NOT variant_deleted AND NOT product_deleted ORDER BY (barcode = ?1) DESC LIMIT 1",
                        Tuple.class)
                .setParameter(1, c).setParameter(2, c.toUpperCase(Locale.ROOT)).getResultList();
        return first(rows);
    }

    @Override
    public Map<Long, VariantInfo> variants(Collection<Long> variantIds) {
        Map<Long, Optional<VariantInfo>> seen = seen();
        List<Long> ids = variantIds.stream().distinct().toList();
        List<Long> missing = ids.stream().filter(id -> !seen.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += SLICE) {
            List<Long> slice = missing.subList(from, Math.min(missing.size(), from + SLICE));
            for (Object row : em.createNativeQuery(SELECT + " WHERE variant_id IN (:ids)", Tuple.class)
                    .setParameter("ids", slice).getResultList()) {
                VariantInfo info = info((Tuple) row);
                seen.put(info.variantId(), Optional.of(info));
            }
            slice.forEach(id -> seen.putIfAbsent(id, Optional.empty()));
        }
        Map<Long, VariantInfo> found = new LinkedHashMap<>();
        for (Long id : ids) {
            Optional<VariantInfo> info = seen.get(id);
            if (info != null && info.isPresent()) {
                found.put(id, info.get());
            }
        }
        return found;
    }

    @Override
    public VariantInfo requireSellable(long variantId) {
        VariantInfo info = variant(variantId)
                .orElseThrow(() -> new CatalogRecordNotFound(CatalogEntities.VARIANT, variantId));
        if (!info.sellable()) {
            throw NotForSale.of(info);
        }
        return info;
    }

    @Override
    public Optional<List<Long>> liveVariantsInCategory(int categoryId) {
        if (em.createNativeQuery("SELECT 1 FROM categories WHERE id = ?1").setParameter(1, categoryId)
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        List<Long> variants = new ArrayList<>();
        for (Object id : em.createNativeQuery("WITH RECURSIVE tree AS (SELECT id FROM categories WHERE id = ?1"
                        + " UNION ALL SELECT k.id FROM categories k JOIN tree t ON k.parent_id = t.id)"
                        + " SELECT variant_id FROM catalog_variant_index WHERE category_id IN (SELECT id FROM tree)"
                        + " AND NOT variant_deleted AND NOT product_deleted ORDER BY sku")
                .setParameter(1, categoryId).getResultList()) {
            variants.add(((Number) id).longValue());
        }
        return Optional.of(variants);
    }

    @Override
    public List<Choice> activeCategories() {
        return choices("SELECT id, name FROM categories WHERE is_active ORDER BY name, id");
    }

    @Override
    public List<Choice> brands() {
        return choices("SELECT id, name FROM brands ORDER BY name, id");
    }

    private List<Choice> choices(String sql) {
        List<Choice> choices = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql, Tuple.class).getResultList()) {
            Tuple t = (Tuple) row;
            choices.add(new Choice(((Number) t.get(0)).intValue(), t.get(1, String.class)));
        }
        return choices;
    }

    /** The variants this transaction has read (a fresh map, not kept, outside a transaction). */
    @SuppressWarnings("unchecked")
    private Map<Long, Optional<VariantInfo>> seen() {
        if (transaction.getTransactionKey() == null) {
            return new HashMap<>();
        }
        Map<Long, Optional<VariantInfo>> seen = (Map<Long, Optional<VariantInfo>>) transaction.getResource(SEEN);
        if (seen == null) {
            seen = new HashMap<>();
            transaction.putResource(SEEN, seen);
        }
        return seen;
    }

    private static Optional<VariantInfo> first(List<?> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(info((Tuple) rows.get(0)));
    }

    private static VariantInfo info(Tuple t) {
        String reason = Sellability.reasonNotSellable(ProductStatus.valueOf(t.get("product_status", String.class)),
                t.get("product_deleted", Boolean.class), t.get("variant_active", Boolean.class),
                t.get("variant_deleted", Boolean.class));
        return new VariantInfo(number(t, "variant_id").longValue(), number(t, "product_id").longValue(),
                t.get("sku", String.class), t.get("barcode", String.class), t.get("product_name", String.class),
                t.get("size", String.class), t.get("color", String.class), t.get("price", BigDecimal.class),
                t.get("cost_price", BigDecimal.class), t.get("tax_code", String.class),
                integer(t, "category_id"), integer(t, "brand_id"), reason == null, reason);
    }

    private static Number number(Tuple t, String alias) {
        return (Number) t.get(alias);
    }

    private static Integer integer(Tuple t, String alias) {
        Number n = number(t, alias);
        return n == null ? null : n.intValue();
    }
}
