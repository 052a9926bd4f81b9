package pe.colca.catalog.importing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import pe.colca.catalog.importing.ImportRow;

/**
 * What an import file would do to the catalog as it is now, so that starting it can require the
 * permissions of what it does: a new SKU with a new product needs {@code catalog.product.create};
 * a row on an existing SKU or adding a variant to an existing product needs
 * {@code catalog.product.edit}; a row whose base price or override differs from the current one
 * needs {@code catalog.price.edit} (a new product's first prices need no more than creating it).
 * The job checks every row again when it writes it, against the permissions its starter had.
 */
@Stateless
@PermitAll
public class ImportPlanner {

    /** Look-ups go in slices well under PostgreSQL's bind-parameter limit. */
    private static final int SLICE = 1_000;

    @PersistenceContext
    private EntityManager em;

    private record Current(BigDecimal basePrice, BigDecimal override) {
    }

    public Set<String> permissionsNeeded(List<ImportRow> rows) {
        Map<String, Current> bySku = new HashMap<>();
        slices(rows.stream().map(ImportRow::sku).distinct().toList(), skus -> em.createNativeQuery(
                        "SELECT v.sku, p.base_price, v.price_override FROM product_variants v"
                                + " JOIN products p ON p.id = v.product_id"
                                + " WHERE v.deleted_at IS NULL AND p.deleted_at IS NULL AND v.sku IN (:keys)", Tuple.class)
                .setParameter("keys", skus).getResultList()
                .forEach(o -> {
                    Tuple t = (Tuple) o;
                    bySku.put(t.get("sku", String.class), new Current(t.get("base_price", BigDecimal.class),
                            t.get("price_override", BigDecimal.class)));
                }));
        Map<String, BigDecimal> bySlug = new HashMap<>();
        slices(rows.stream().filter(r -> !bySku.containsKey(r.sku()) && r.productSlug() != null)
                .map(ImportRow::productSlug).distinct().toList(), slugs -> em.createNativeQuery(
                        "SELECT slug, base_price FROM products WHERE deleted_at IS NULL AND slug IN (:keys)", Tuple.class)
                .setParameter("keys", slugs).getResultList()
                .forEach(o -> bySlug.put(((Tuple) o).get("slug", String.class),
                        ((Tuple) o).get("base_price", BigDecimal.class))));
        Set<String> needed = new TreeSet<>();
        for (ImportRow row : rows) {
            Current current = bySku.get(row.sku());
            if (current != null) {
                needed.add(DefaultCatalogImportSteps.EDIT);
                if (differs(row.basePrice(), current.basePrice()) || differs(row.priceOverride(), current.override())) {
                    needed.add(DefaultCatalogImportSteps.PRICE);
                }
            } else if (row.productSlug() != null && bySlug.containsKey(row.productSlug())) {
                needed.add(DefaultCatalogImportSteps.EDIT);
                if (differs(row.basePrice(), bySlug.get(row.productSlug()))) {
                    needed.add(DefaultCatalogImportSteps.PRICE);
                }
            } else {
                needed.add(DefaultCatalogImportSteps.CREATE);
            }
        }
        return needed;
    }

    /** A value given on the row that is not the current one (an empty cell changes nothing). */
    private static boolean differs(BigDecimal given, BigDecimal current) {
        return given != null && (current == null || given.compareTo(current) != 0);
    }

    private static void slices(List<String> keys, java.util.function.Consumer<List<String>> each) {
        for (int from = 0; from < keys.size(); from += SLICE) {
            each.accept(new ArrayList<>(keys.subList(from, Math.min(keys.size(), from + SLICE))));
        }
    }
}
