package pe.colca.catalog.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.Collection;
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
 * Reads the catalog's published view {@code catalog_variant_index} (V13) in the caller's
 * transaction. Open to every authenticated caller: what it tells is what a cashier's scan shows;
 * the calling service checks its own permission.
 */
@Stateless
@PermitAll
public class DefaultCatalogReader implements CatalogReader {

    private static final String SELECT = "SELECT variant_id, product_id, sku, barcode, product_name, size, color,"
            + " price, cost_price, tax_code, category_id, brand_id, product_status, variant_active, variant_deleted,"
            + " product_deleted FROM catalog_variant_index";

    /** Batch look-ups go in slices well under PostgreSQL's bind-parameter limit. */
    private static final int SLICE = 1_000;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<VariantInfo> variant(long variantId) {
        return first(em.createNativeQuery(SELECT + " WHERE variant_id = ?1", Tuple.class)
                .setParameter(1, variantId).getResultList());
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
        Map<Long, VariantInfo> found = new LinkedHashMap<>();
        List<Long> ids = variantIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            for (Object row : em.createNativeQuery(SELECT + " WHERE variant_id IN (:ids)", Tuple.class)
                    .setParameter("ids", slice).getResultList()) {
                VariantInfo info = info((Tuple) row);
                found.put(info.variantId(), info);
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
