package pe.colca.testing;

import java.sql.SQLException;

/**
 * Fixtures of the duplicate and merge tests (issue 11), by plain SQL over {@link TestData}: rows of every kind that
 * points at a customer (an address, a notification, the points an order earned), and a phone or name given to a
 * customer made by {@link TestData#customer()}.
 */
public final class CustomerMergeFixtures {

    private final TestData data;

    public CustomerMergeFixtures(TestData data) {
        this.data = data;
    }

    /** An address of the customer (default or not); returns its id. */
    public long address(long customerId, String line, boolean isDefault) throws SQLException {
        return data.number("INSERT INTO customer_addresses (id, customer_id, label, address_line, district, city,"
                + " is_default) VALUES (nextval('customer_addresses_seq'), ?, 'Casa', ?, 'Miraflores', 'Lima', ?)"
                + " RETURNING id", customerId, line, isDefault);
    }

    /** A cancelled notification addressed to the customer (the sweep leaves it alone); returns its id. */
    public long notification(long customerId) throws SQLException {
        return data.number("INSERT INTO notifications (id, customer_id, notification_type, channel, status, template_id)"
                + " VALUES (nextval('notifications_seq'), ?, 'IT_MERGE', 'EMAIL', 'CANCELLED', 'it.merge') RETURNING id",
                customerId);
    }

    /** The order earned {@code points} on the customer's loyalty account (the account must exist). */
    public void orderPoints(long orderId, long customerId, String amount, int points) throws SQLException {
        data.number("INSERT INTO loyalty_order_points (order_id, loyalty_account_id, order_amount, points_earned)"
                + " SELECT ?, a.id, CAST(? AS numeric), ? FROM loyalty_accounts a WHERE a.customer_id = ?"
                + " RETURNING order_id", orderId, amount, points, customerId);
    }

    public void phone(long customerId, String e164) throws SQLException {
        data.number("WITH u AS (UPDATE customers SET phone = ? WHERE id = ? RETURNING 1) SELECT count(*) FROM u",
                e164, customerId);
    }

    public void name(long customerId, String fullName) throws SQLException {
        data.number("WITH u AS (UPDATE customers SET full_name = ? WHERE id = ? RETURNING 1) SELECT count(*) FROM u",
                fullName, customerId);
    }

    /** A random Peruvian mobile in E.164 ({@code +519XXXXXXXX}). */
    public static String mobile() {
        return "+519" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
