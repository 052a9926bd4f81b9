package pe.colca.payment;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The cash drawer as the payment service sees it: the port through which cash payments, cash refunds and
 * wallet top-ups paid in cash reach the cashier's open session ({@code cash_movements}), in the caller's
 * transaction. Implemented by {@code payment.internal.DefaultCashSessionService}.
 *
 * <p>Each record method takes the session row with a shared lock (a refund an exclusive one: it takes cash
 * out), so a sale never lands in a session being closed, and concurrent sales of one till never block each
 * other. A payment is recorded as a sale once: a retry with the same payment and amount writes nothing, with
 * another amount is refused ({@link CashMovementReused}); the same holds for a wallet top-up reference.
 */
@Local
public interface CashDrawer {

    /**
     * The id of the open session of {@code userId} at {@code locationId}, which takes movements.
     *
     * @throws CashSessionNoneOpen (422 {@code no-open-cash-session}) when there is none, or it is counted
     */
    long requireOpenSession(long userId, int locationId);

    /** The open session of {@code userId} at {@code locationId} that takes movements, if there is one. */
    Optional<Long> openSession(long userId, int locationId);

    /** Cash taken for a payment: a {@code SALE} movement. */
    void recordSale(long sessionId, long paymentId, BigDecimal amount);

    /** Cash given back for a payment (a full or partial refund): a {@code REFUND} movement. */
    void recordRefund(long sessionId, long paymentId, BigDecimal amount);

    /** Cash taken to top up a customer's wallet: a {@code WALLET_TOP_UP} movement with its reference. */
    void recordWalletTopUp(long sessionId, String reference, BigDecimal amount);
}
