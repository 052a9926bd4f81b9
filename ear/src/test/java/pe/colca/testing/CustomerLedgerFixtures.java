package pe.colca.testing;

import java.sql.SQLException;

/**
 * Fixtures of the loyalty and wallet tests (issue 11), by plain SQL over {@link TestData}: a minimal active
 * customer, an order to earn points on, and points earned long ago (for expiry) written as the ledger would
 * (the line and the account together, so the balance stays the sum of the lines). Customers come from
 * {@link TestData#customer()}. Orders are written by SQL until the sales area has an order service.
 */
public final class CustomerLedgerFixtures {

    private final TestData data;

    public CustomerLedgerFixtures(TestData data) {
        this.data = data;
    }

    /** An active customer ({@link TestData#customer()}: a random DNI, unique name and email) of the segment; its id. */
    public long customer(String segment) throws SQLException {
        long id = data.customer().id();
        if (!"REGULAR".equals(segment)) {
            data.number("WITH u AS (UPDATE customers SET segment = ? WHERE id = ? RETURNING 1) SELECT count(*) FROM u",
                    segment, id);
        }
        return id;
    }

    public long customer() throws SQLException {
        return customer("REGULAR");
    }

    /** A paid POS order of the customer at any live location; returns its id. */
    public long order(long customerId, String grandTotal) throws SQLException {
        long location = data.number("SELECT min(id) FROM locations WHERE deleted_at IS NULL");
        return data.number("INSERT INTO orders (id, order_number, customer_id, location_id, channel, status,"
                + " payment_status, subtotal, grand_total) VALUES (nextval('orders_seq'), ?, ?, ?, 'POS', 'PAID',"
                + " 'PAID', CAST(? AS numeric), CAST(? AS numeric)) RETURNING id", "IT-" + TestData.suffix(), customerId,
                location, grandTotal, grandTotal);
    }

    /** An order of the customer at any live location with this payment status (PAID, UNPAID, ...); its id. */
    public long order(long customerId, String grandTotal, String status, String paymentStatus) throws SQLException {
        long location = data.number("SELECT min(id) FROM locations WHERE deleted_at IS NULL");
        return data.number("INSERT INTO orders (id, order_number, customer_id, location_id, channel, status,"
                + " payment_status, subtotal, grand_total) VALUES (nextval('orders_seq'), ?, ?, ?, 'POS', ?, ?,"
                + " CAST(? AS numeric), CAST(? AS numeric)) RETURNING id", "IT-" + TestData.suffix(), customerId,
                location, status, paymentStatus, grandTotal, grandTotal);
    }

    /** A notification already sent to the customer (so no sweep touches it); its id. */
    public long notificationSent(long customerId, String type) throws SQLException {
        return data.number("INSERT INTO notifications (id, customer_id, notification_type, channel, status, payload,"
                + " retry_count, sent_at, created_at) VALUES (nextval('notifications_seq'), ?, ?, 'EMAIL', 'SENT',"
                + " CAST(? AS jsonb), 0, now(), now()) RETURNING id", customerId, type, "{\"order\":\"IT\"}");
    }

    /** An address of the customer (the default one when it is the first); its id. */
    public long address(long customerId, String line) throws SQLException {
        return data.number("INSERT INTO customer_addresses (id, customer_id, label, address_line, district, city,"
                + " is_default) VALUES (nextval('customer_addresses_seq'), ?, 'Casa', ?, 'Miraflores', 'Lima',"
                + " NOT EXISTS (SELECT 1 FROM customer_addresses WHERE customer_id = ?)) RETURNING id", customerId, line,
                customerId);
    }

    /** {@code points} earned {@code daysAgo} days ago: the EARN line and the account (created if needed) together. */
    public void earnedLongAgo(long customerId, int points, int daysAgo) throws SQLException {
        data.number("WITH a AS (INSERT INTO loyalty_accounts (id, customer_id, version) VALUES"
                + " (nextval('loyalty_accounts_seq'), ?, 0) ON CONFLICT (customer_id) DO NOTHING RETURNING id)"
                + " SELECT count(*) FROM a", customerId);
        long account = accountId(customerId);
        data.number("INSERT INTO loyalty_movements (id, loyalty_account_id, type, points, reason, created_at)"
                + " VALUES (nextval('loyalty_movements_seq'), ?, 'EARN', ?, 'fixture', now() - ? * interval '1 day')"
                + " RETURNING id", account, points, daysAgo);
        data.number("WITH u AS (UPDATE loyalty_accounts SET points_balance = points_balance + ?, lifetime_points ="
                + " lifetime_points + ?, version = version + 1 WHERE id = ? RETURNING 1) SELECT count(*) FROM u",
                points, points, account);
    }

    public long accountId(long customerId) throws SQLException {
        return data.number("SELECT id FROM loyalty_accounts WHERE customer_id = ?", customerId);
    }

    /** The account's balance. */
    public long points(long customerId) throws SQLException {
        return data.number("SELECT coalesce(sum(points_balance), 0) FROM loyalty_accounts WHERE customer_id = ?",
                customerId);
    }

    /** The sum of the account's lines. */
    public long pointsLedger(long customerId) throws SQLException {
        return data.number("SELECT coalesce(sum(m.points), 0) FROM loyalty_movements m JOIN loyalty_accounts a"
                + " ON a.id = m.loyalty_account_id WHERE a.customer_id = ?", customerId);
    }

    /** How many lines of {@code type} the customer's account has. */
    public long movements(long customerId, String type) throws SQLException {
        return data.number("SELECT count(*) FROM loyalty_movements m JOIN loyalty_accounts a"
                + " ON a.id = m.loyalty_account_id WHERE a.customer_id = ? AND m.type = ?", customerId, type);
    }

    /** The wallet balance as text with two decimals ({@code 0.00} without a wallet). */
    public String wallet(long customerId) throws SQLException {
        return data.string("SELECT coalesce((SELECT balance FROM customer_wallets WHERE customer_id = ?), 0)::numeric(14,2)::text",
                customerId);
    }

    /** The sum of the wallet's transactions, as text with two decimals. */
    public String walletLedger(long customerId) throws SQLException {
        return data.string("SELECT coalesce(sum(t.amount), 0)::numeric(14,2)::text FROM wallet_transactions t"
                + " JOIN customer_wallets w ON w.id = t.wallet_id WHERE w.customer_id = ?", customerId);
    }

    /** How many wallet transactions of {@code type} the customer has. */
    public long walletTransactions(long customerId, String type) throws SQLException {
        return data.number("SELECT count(*) FROM wallet_transactions t JOIN customer_wallets w ON w.id = t.wallet_id"
                + " WHERE w.customer_id = ? AND t.type = ?", customerId, type);
    }
}
