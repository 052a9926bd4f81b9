package pe.colca.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import pe.colca.testing.TestData;
import pe.colca.testing.TestServer;

/**
 * Shortcuts of the inventory API tests: locations and variants made by {@link TestData} (the one
 * fixture builder), plus readers of the stock row, the ledger and the reservations, to check what
 * the API did.
 */
final class InventoryFixtures {

    private static final TestData DATA = TestData.client();

    private InventoryFixtures() {
    }

    static String suffix() {
        return TestData.suffix();
    }

    /** A new STORE location; returns its id. */
    static int location(boolean active, boolean allowsSales) throws SQLException {
        return DATA.location().active(active).sells(allowsSales).create().id();
    }

    /** {@code count} variants (sizes T0, T1, ...) of a new ACTIVE product; returns their ids. */
    static long[] variants(int count) throws SQLException {
        return DATA.product().name("Polo de prueba " + suffix()).variants(count).create().variantIds();
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
