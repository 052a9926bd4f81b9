package pe.colca.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import pe.colca.testing.TestServer;

/**
 * Test data for the inventory tests, written straight into the test database so the tests do not
 * depend on the catalog service: a brand-less ACTIVE product with variants (unique SKUs and slugs
 * per run), and locations with unique codes. Plus readers of the stock row, the ledger and the
 * reservations, to check what the API did.
 */
final class InventoryFixtures {

    private InventoryFixtures() {
    }

    static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** A new location; returns its id. */
    static int location(boolean active, boolean allowsSales) throws SQLException {
        try (Connection c = TestServer.jdbc();
             PreparedStatement ps = c.prepareStatement("INSERT INTO locations (id, name, code, type, is_active,"
                     + " allows_sales, version, created_at, updated_at)"
                     + " VALUES (nextval('locations_seq'), ?, ?, 'STORE', ?, ?, 0, now(), now()) RETURNING id")) {
            String code = "IT-" + suffix();
            ps.setString(1, "Tienda de prueba " + code);
            ps.setString(2, code);
            ps.setBoolean(3, active);
            ps.setBoolean(4, allowsSales);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** {@code count} variants of a new product; returns their ids. */
    static long[] variants(int count) throws SQLException {
        String s = suffix();
        try (Connection c = TestServer.jdbc()) {
            long product;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO products (id, name, slug, base_price,"
                    + " cost_price, tax_code, status) VALUES (nextval('products_seq'), ?, ?, 19.90, 8.50, '10',"
                    + " 'ACTIVE') RETURNING id")) {
                ps.setString(1, "Polo de prueba " + s);
                ps.setString(2, "polo-prueba-" + s.toLowerCase());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    product = rs.getLong(1);
                }
            }
            long[] ids = new long[count];
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO product_variants (id, product_id, sku, size)"
                    + " VALUES (nextval('product_variants_seq'), ?, ?, ?) RETURNING id")) {
                for (int i = 0; i < count; i++) {
                    ps.setLong(1, product);
                    ps.setString(2, "IT-" + s + "-" + i);
                    ps.setString(3, "T" + i);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        ids[i] = rs.getLong(1);
                    }
                }
            }
            return ids;
        }
    }

    /** {on hand, reserved, available, version} of the pair, or null when it has no stock row. */
    static long[] stock(long variant, int location) throws SQLException {
        try (Connection c = TestServer.jdbc();
             PreparedStatement ps = c.prepareStatement("SELECT quantity_on_hand, quantity_reserved, quantity_available,"
                     + " version FROM inventory_stock WHERE variant_id = ? AND location_id = ?")) {
            ps.setLong(1, variant);
            ps.setLong(2, location);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)} : null;
            }
        }
    }

    /** The signed sum of the ledger lines of the pair (entering +, leaving -). */
    static long ledgerSum(long variant, int location) throws SQLException {
        return number("SELECT coalesce(sum(CASE WHEN to_location_id = ? THEN quantity ELSE -quantity END), 0)"
                + " FROM inventory_movements WHERE variant_id = ? AND (to_location_id = ? OR from_location_id = ?)",
                location, variant, location, location);
    }

    static long movements(long variant) throws SQLException {
        return number("SELECT count(*) FROM inventory_movements WHERE variant_id = ?", variant);
    }

    static long reservations(long variant) throws SQLException {
        return number("SELECT count(*) FROM inventory_reservations WHERE variant_id = ?", variant);
    }

    static long number(String sql, Object... args) throws SQLException {
        try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof Integer n ? n.longValue() : args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
