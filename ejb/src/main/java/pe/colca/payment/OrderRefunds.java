package pe.colca.payment;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the sales area needs of payments for a return, in the return's transaction ({@code MANDATORY}):
 * the money given back, one {@code payments} row per tender ({@code REFUNDED}, the refunded amount; the
 * paid payment stays {@code APPROVED}). Implemented by {@code payment.internal.DefaultOrderRefunds}.
 *
 * <p>By the original tenders the amount is spread over the order's approved payments, newest first,
 * points last, each at most what it paid minus what it gave back already: cash leaves the caller's open
 * session at the returning store (a {@code REFUND} cash movement; 422 {@code no-open-cash-session}
 * without one), wallet money goes back into the wallet, points back to the account, card, Yape/Plin and
 * transfers are recorded for the terminal's reversal. To the wallet: one row, method {@code WALLET}.
 */
@Local
public interface OrderRefunds {

    /** Gives {@code amount} back by the tenders that paid the order. */
    List<Refunded> byOriginalTenders(long orderId, long returnId, int locationId, Long customerId, BigDecimal amount);

    /** Puts {@code amount} into the customer's wallet. */
    Refunded toWallet(long orderId, long returnId, long customerId, BigDecimal amount);

    /** The refunds of an order, oldest first. */
    List<Refunded> refunds(long orderId);

    /** One refund row: its payment row, the return it paid back, the tender, the amount and the payment it gave back. */
    record Refunded(long paymentId, Long returnId, PaymentMethod method, BigDecimal amount, Long refundOf)
            implements Serializable {
    }
}
