package pe.colca.catalog.importing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import org.hibernate.Session;
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

    @PersistenceContext
    private EntityManager em;

    private record Current(BigDecimal basePrice, BigDecimal override) {
    }

    /**
     * Two statements whatever the file's size, each with one array parameter ({@code = ANY(?)}):
     * PostgreSQL joins the file's keys once (the slices of 1,000 bind parameters this replaces were
     * each planned anew and each scanned {@code product_variants}: about 100 scans for 100,000 rows,
     * seconds of the upload, bench/catalog/import.sh).
     */
    public Set<String> permissionsNeeded(List<ImportRow> rows) {
        Map<String, Current> bySku = new HashMap<>();
        Map<String, BigDecimal> bySlug = new HashMap<>();
        List<String> skus = rows.stream().map(ImportRow::sku).distinct().toList();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT v.sku, p.base_price, v.price_override"
                    + " FROM product_variants v JOIN products p ON p.id = v.product_id"
                    + " WHERE v.deleted_at IS NULL AND p.deleted_at IS NULL AND v.sku = ANY(?)")) {
                st.setArray(1, c.createArrayOf("varchar", skus.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        bySku.put(rs.getString("sku"), new Current(rs.getBigDecimal("base_price"),
                                rs.getBigDecimal("price_override")));
                    }
                }
            }
            List<String> slugs = rows.stream().filter(r -> !bySku.containsKey(r.sku()) && r.productSlug() != null)
                    .map(ImportRow::productSlug).distinct().toList();
            if (slugs.isEmpty()) {
                return;
            }
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT slug, base_price FROM products WHERE deleted_at IS NULL AND slug = ANY(?)")) {
                st.setArray(1, c.createArrayOf("varchar", slugs.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        bySlug.put(rs.getString("slug"), rs.getBigDecimal("base_price"));
                    }
                }
            }
        });
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
}
