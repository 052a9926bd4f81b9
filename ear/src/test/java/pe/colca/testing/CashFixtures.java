package pe.colca.testing;

import java.sql.SQLException;

/**
 * Fixtures of the cash session tests (issue 12), by plain SQL over {@link TestData}: a payment of an order
 * taken in a cash session, as the payment service will write it ({@code payments.cash_session_id}), so the
 * per-tender totals of the X/Z reports can be checked before that service exists. After the merge the
 * tests may take payments through the payment service instead.
 */
public final class CashFixtures {

    private final TestData data;

    public CashFixtures(TestData data) {
        this.data = data;
    }

    /** A paid POS order at the location; returns its id. */
    public long order(int locationId, String grandTotal) throws SQLException {
        return data.number("INSERT INTO orders (id, order_number, location_id, channel, status, payment_status,"
                + " subtotal, grand_total) VALUES (nextval('orders_seq'), ?, ?, 'POS', 'PAID', 'PAID',"
                + " CAST(? AS numeric), CAST(? AS numeric)) RETURNING id", "IT-" + TestData.suffix(), locationId,
                grandTotal, grandTotal);
    }

    /**
     * A payment of {@code amount} by {@code method} ({@code CASH}, {@code CARD}, ...) with {@code status}
     * ({@code APPROVED}, {@code REFUNDED}, ...) taken in the session, for a new order; returns its id.
     */
    public long payment(long sessionId, int locationId, String method, String amount, String status)
            throws SQLException {
        long order = order(locationId, amount);
        return data.number("INSERT INTO payments (id, order_id, idempotency_key, method, amount, status, processed_at,"
                + " cash_session_id) VALUES (nextval('payments_seq'), ?, ?, ?, CAST(? AS numeric), ?, now(), ?)"
                + " RETURNING id", order, "it-" + TestData.suffix(), method, amount, status, sessionId);
    }
}
