package pe.colca.catalog.importing.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import pe.colca.catalog.ProductStatus;

/**
 * The look-ups of a chunk of the {@code catalog-import} job ({@link ChunkWrites}), in SQL with one
 * array parameter each ({@code = ANY(?)}): the same statement text whatever the chunk's size, so
 * PostgreSQL plans it once per connection (the JPQL {@code IN :list} they replace sent up to 1,000
 * bind parameters and was planned again on every chunk). Soft-deleted rows are left out as the
 * entities' {@code @SQLRestriction} does.
 */
final class ChunkLookups {

    /** A product as the chunk sees it: from the database or created by an earlier row of the chunk. */
    record Known(String name, Long brandId, Long categoryId, BigDecimal costPrice, String taxCode,
                 ProductStatus status, BigDecimal basePrice) {
    }

    private ChunkLookups() {
    }

    /** The live variants among {@code skus}: SKU → its live product's slug (empty when the product is deleted). */
    static Map<String, String> existingSkus(Connection c, Collection<String> skus) throws SQLException {
        Map<String, String> found = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT v.sku, p.slug FROM product_variants v
                LEFT JOIN products p ON p.id = v.product_id AND p.deleted_at IS NULL
                WHERE v.deleted_at IS NULL AND v.sku = ANY(?)
                """)) {
            st.setArray(1, varchars(c, skus));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String slug = rs.getString(2);
                    found.put(rs.getString(1), slug == null ? "" : slug);
                }
            }
        }
        return found;
    }

    /** The barcodes among {@code codes} that a live variant holds. */
    static Set<String> heldBarcodes(Connection c, Collection<String> codes) throws SQLException {
        Set<String> held = new HashSet<>();
        if (codes.isEmpty()) {
            return held;
        }
        try (PreparedStatement st = c.prepareStatement(
                "SELECT barcode FROM product_variants WHERE deleted_at IS NULL AND barcode = ANY(?)")) {
            st.setArray(1, varchars(c, codes));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    held.add(rs.getString(1));
                }
            }
        }
        return held;
    }

    /** Brand ids by lower-cased name (the first of equal names, as the one-by-one path picks). */
    static Map<String, Long> brands(Connection c, Collection<String> lowerNames) throws SQLException {
        return ids(c, "SELECT lower(name), id FROM brands WHERE lower(name) = ANY(?) ORDER BY id", lowerNames);
    }

    /** Category ids by slug. */
    static Map<String, Long> categories(Connection c, Collection<String> slugs) throws SQLException {
        return ids(c, "SELECT slug, id FROM categories WHERE slug = ANY(?) ORDER BY id", slugs);
    }

    /** The live products among {@code slugs}, by slug. */
    static Map<String, Known> products(Connection c, Collection<String> slugs) throws SQLException {
        Map<String, Known> known = new HashMap<>();
        if (slugs.isEmpty()) {
            return known;
        }
        try (PreparedStatement st = c.prepareStatement("""
                SELECT slug, name, brand_id, category_id, cost_price, tax_code, status, base_price FROM products
                WHERE deleted_at IS NULL AND slug = ANY(?)
                """)) {
            st.setArray(1, varchars(c, slugs));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString("slug"), new Known(rs.getString("name"), rs.getObject("brand_id", Long.class),
                            rs.getObject("category_id", Long.class), rs.getBigDecimal("cost_price"),
                            rs.getString("tax_code"), ProductStatus.valueOf(rs.getString("status")),
                            rs.getBigDecimal("base_price")));
                }
            }
        }
        return known;
    }

    private static Map<String, Long> ids(Connection c, String query, Collection<String> keys) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (keys.isEmpty()) {
            return ids;
        }
        try (PreparedStatement st = c.prepareStatement(query)) {
            st.setArray(1, varchars(c, keys));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.putIfAbsent(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static Array varchars(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("varchar", values.toArray());
    }
}
