package pe.colca.testing;

import java.sql.SQLException;

/**
 * Fixtures of the cash session tests (issue 12), by plain SQL over {@link TestData}: a payment of an order
 * taken in a cash session, as the payment service will write it ({@code payments.cash_session_id}), so the
 * per-tender totals of the X/Z reports can be checked without a sale; and an open session for the tests that
 * take cash through the payment service.
 */
public final class CashFixtures {

    private final TestData data;

    public CashFixtures(TestData data) {
        this.data = data;
    }

    /**
     * An open cash session of the user at the location with its OPENING movement, as the cash service
     * opens one: cash payments are taken only into the paying user's open session. Returns its id.
     */
    public long openSession(long userId, int locationId, String startingCash) throws SQLException {
        long session = data.number("INSERT INTO cash_sessions (id, user_id, location_id, starting_cash, status)"
                + " VALUES (nextval('cash_sessions_seq'), ?, ?, CAST(? AS numeric), 'OPEN') RETURNING id", userId,
                locationId, startingCash);
        data.number("INSERT INTO cash_movements (id, session_id, type, amount) VALUES (nextval('cash_movements_seq'),"
                + " ?, 'OPENING', CAST(? AS numeric)) RETURNING id", session, startingCash);
        return session;
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
