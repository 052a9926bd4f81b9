package pe.colca.catalog.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@link ProductWrites#createAll}: one {@code INSERT … SELECT … FROM unnest(arrays)} per
 * table for a whole set of rows (ids from each table's sequence, as {@code nextval} draws never
 * collide with the blocks Hibernate's pooled optimizer hands out). No rules here: the caller checked
 * them; the unique indexes back them up.
 */
final class BulkInserts {

    /** A product row as {@link pe.colca.catalog.Product} would be inserted (attributes empty). */
    record ProductValues(String name, String slug, Long brandId, Long categoryId, BigDecimal basePrice,
                         BigDecimal costPrice, String taxCode, String status) {
    }

    /** A variant row; {@code productId} of a live product. */
    record VariantValues(long productId, String sku, String barcode, String size, String color,
                         BigDecimal priceOverride, BigDecimal weight, String mainImageUrl, boolean active) {
    }

    /** A first-price history row (no old price). */
    record FirstPrice(long variantId, BigDecimal newPrice, String type, String referenceSource, String referenceId,
                      Long changedBy, String justification) {
    }

    /** A key of the set that a live record already has ({@code field}: slug, sku or barcode). */
    record Taken(String field, String key) {
    }

    private BulkInserts() {
    }

    /**
     * The first of the set's product slugs, SKUs and barcodes that a live record already has, or null:
     * one statement for the three checks, each an index look-up per key ({@code = ANY(array)}, so the
     * statement text and its plan stay the same whatever the set's size).
     */
    static Taken firstTaken(Connection c, Collection<String> slugs, Collection<String> skus,
                            Collection<String> barcodes) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                (SELECT 'slug' AS field, slug AS taken FROM products WHERE deleted_at IS NULL AND slug = ANY(?) LIMIT 1)
                UNION ALL
                (SELECT 'sku', sku FROM product_variants WHERE deleted_at IS NULL AND sku = ANY(?) LIMIT 1)
                UNION ALL
                (SELECT 'barcode', barcode FROM product_variants WHERE deleted_at IS NULL AND barcode = ANY(?) LIMIT 1)
                LIMIT 1
                """)) {
            st.setArray(1, c.createArrayOf("varchar", slugs.toArray()));
            st.setArray(2, c.createArrayOf("varchar", skus.toArray()));
            st.setArray(3, c.createArrayOf("varchar", barcodes.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Taken(rs.getString(1), rs.getString(2)) : null;
            }
        }
    }

    /** Inserts the products; their ids by slug. */
    static Map<String, Long> products(Connection c, List<ProductValues> rows) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (rows.isEmpty()) {
            return ids;
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO products (id, name, slug, brand_id, category_id, base_price, cost_price, tax_code, status,
                                      attributes, version, created_at, updated_at)
                SELECT nextval('products_seq'), r.name, r.slug, r.brand_id, r.category_id, r.base_price, r.cost_price,
                       r.tax_code, r.status, '{}'::jsonb, 0, now(), now()
                FROM unnest(?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[], ?::numeric[], ?::numeric[],
                            ?::varchar[], ?::varchar[])
                     AS r(name, slug, brand_id, category_id, base_price, cost_price, tax_code, status)
                RETURNING id, slug
                """)) {
            st.setArray(1, c.createArrayOf("varchar", rows.stream().map(ProductValues::name).toArray()));
            st.setArray(2, c.createArrayOf("varchar", rows.stream().map(ProductValues::slug).toArray()));
            st.setArray(3, c.createArrayOf("bigint", rows.stream().map(ProductValues::brandId).toArray()));
            st.setArray(4, c.createArrayOf("bigint", rows.stream().map(ProductValues::categoryId).toArray()));
            st.setArray(5, c.createArrayOf("numeric", rows.stream().map(ProductValues::basePrice).toArray()));
            st.setArray(6, c.createArrayOf("numeric", rows.stream().map(ProductValues::costPrice).toArray()));
            st.setArray(7, c.createArrayOf("varchar", rows.stream().map(ProductValues::taxCode).toArray()));
            st.setArray(8, c.createArrayOf("varchar", rows.stream().map(ProductValues::status).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString("slug"), rs.getLong("id"));
                }
            }
        }
        return ids;
    }

    /** Inserts the variants; their ids by SKU. */
    static Map<String, Long> variants(Connection c, List<VariantValues> rows) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (rows.isEmpty()) {
            return ids;
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO product_variants (id, product_id, sku, barcode, size, color, price_override, weight,
                                              main_image_url, is_active, version)
                SELECT nextval('product_variants_seq'), r.product_id, r.sku, r.barcode, r.size, r.color,
                       r.price_override, r.weight, r.main_image_url, r.active, 0
                FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::numeric[],
                            ?::numeric[], ?::varchar[], ?::boolean[])
                     AS r(product_id, sku, barcode, size, color, price_override, weight, main_image_url, active)
                RETURNING id, sku
                """)) {
            st.setArray(1, c.createArrayOf("bigint", rows.stream().map(VariantValues::productId).toArray()));
            st.setArray(2, c.createArrayOf("varchar", rows.stream().map(VariantValues::sku).toArray()));
            st.setArray(3, c.createArrayOf("varchar", rows.stream().map(VariantValues::barcode).toArray()));
            st.setArray(4, c.createArrayOf("varchar", rows.stream().map(VariantValues::size).toArray()));
            st.setArray(5, c.createArrayOf("varchar", rows.stream().map(VariantValues::color).toArray()));
            st.setArray(6, c.createArrayOf("numeric", rows.stream().map(VariantValues::priceOverride).toArray()));
            st.setArray(7, c.createArrayOf("numeric", rows.stream().map(VariantValues::weight).toArray()));
            st.setArray(8, c.createArrayOf("varchar", rows.stream().map(VariantValues::mainImageUrl).toArray()));
            st.setArray(9, c.createArrayOf("boolean", rows.stream().map(VariantValues::active).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString("sku"), rs.getLong("id"));
                }
            }
        }
        return ids;
    }

    /** Inserts the first-price history rows. */
    static void firstPrices(Connection c, List<FirstPrice> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO price_change_history (id, variant_id, old_price, new_price, change_type, reference_source,
                                                  reference_id, changed_by, justification, changed_at)
                SELECT nextval('price_change_history_seq'), r.variant_id, NULL, r.new_price, r.change_type,
                       r.reference_source, r.reference_id, r.changed_by, r.justification, now()
                FROM unnest(?::bigint[], ?::numeric[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::text[])
                     AS r(variant_id, new_price, change_type, reference_source, reference_id, changed_by, justification)
                """)) {
            st.setArray(1, c.createArrayOf("bigint", rows.stream().map(FirstPrice::variantId).toArray()));
            st.setArray(2, c.createArrayOf("numeric", rows.stream().map(FirstPrice::newPrice).toArray()));
            st.setArray(3, c.createArrayOf("varchar", rows.stream().map(FirstPrice::type).toArray()));
            st.setArray(4, c.createArrayOf("varchar", rows.stream().map(FirstPrice::referenceSource).toArray()));
            st.setArray(5, c.createArrayOf("varchar", rows.stream().map(FirstPrice::referenceId).toArray()));
            st.setArray(6, c.createArrayOf("bigint", rows.stream().map(FirstPrice::changedBy).toArray()));
            st.setArray(7, c.createArrayOf("text", rows.stream().map(FirstPrice::justification).toArray()));
            st.executeUpdate();
        }
    }

    /**
     * Refreshes the planner statistics of {@code products} and {@code product_variants} when one of
     * them holds more than twice the rows the planner believes (a first import into a small
     * catalog): otherwise PostgreSQL keeps the plans it cached for a tiny table, notably the
     * foreign-key checks of every inserted variant and history row, and scans the whole table for
     * each row (bench/catalog/import.sh showed an import of 100,000 rows into the demo catalog turn
     * quadratic). Doubling keeps it to a few ANALYZEs per import; it runs in the caller's
     * transaction (ANALYZE may).
     */
    static void refreshStatistics(Connection c, int insertedProducts, int insertedVariants) throws SQLException {
        boolean stale = false;
        try (PreparedStatement st = c.prepareStatement("""
                SELECT c.relname, c.reltuples, s.n_live_tup FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid
                WHERE c.oid IN (CAST('products' AS regclass), CAST('product_variants' AS regclass))
                """); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long live = rs.getLong("n_live_tup")
                        + ("products".equals(rs.getString("relname")) ? insertedProducts : insertedVariants);
                stale |= rs.getDouble("reltuples") * 2 < live;
            }
        }
        if (stale) {
            try (PreparedStatement st = c.prepareStatement("ANALYZE products, product_variants")) {
                st.execute();
            }
        }
    }
}
