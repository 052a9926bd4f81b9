package pe.colca.customer;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.Optional;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The loyalty points of a customer as an exact ledger: one account per customer (created on first
 * use), every change one immutable {@code loyalty_movements} line written in the same transaction as
 * the balance, so the balance always equals the sum of the lines and never goes negative, also under
 * concurrency (the account row is changed by one conditional {@code UPDATE ... RETURNING}, the last
 * statement of the transaction). Texts of the refusals: {@code pe/colca/loyalty/messages*.properties}.
 *
 * <ul>
 *   <li>Earning: points per S/ spent by segment (settings {@code loyalty.earn.points_per_sol.<segment>},
 *   rounded down), once per order (a retry writes nothing).</li>
 *   <li>Redemption: points as a payment, worth {@code loyalty.redeem.sol_per_point} each.</li>
 *   <li>Reversal for a refunded order: the points earned on it, pro rata to the refunded amount.</li>
 *   <li>Manual adjustment with a reason: permission {@code loyalty.adjust}.</li>
 *   <li>Expiry of points older than {@code loyalty.points.expiry_days}: {@link LoyaltyExpiry}.</li>
 * </ul>
 */
@Local
public interface LoyaltyService {

    /** The balance of a customer (zeros, version 0 and no account id when he never had a movement). */
    LoyaltyBalance balance(long customerId);

    /** The movements of a customer's account, newest first. */
    Page<LoyaltyMovementView> movements(long customerId, PageRequest page);

    /**
     * Points for a paid order: {@code floor(amount × points per S/ of the customer's segment)}. Idempotent by
     * order: the second call for the same order writes nothing and answers the first result (with
     * {@code replayed} true). Needs {@code order.create} or {@code payment.create} (sales calls it).
     */
    LoyaltyPosted earnForOrder(long customerId, long orderId, BigDecimal amount);

    /**
     * Points as a payment of an order (null for none). Refused with {@link LoyaltyPointsInsufficient} beyond
     * the balance. Needs {@code payment.create}.
     */
    LoyaltyPosted redeem(long customerId, int points, Long orderId, String reason);

    /**
     * Takes back the points earned on an order when it is refunded, pro rata: after a refund the order's
     * reversed points are {@code floor(earned × refundedTotal / order amount)} (all of them for a full refund).
     * {@code refundedTotal} is the order's refunded total so far (cumulative), so a retry writes nothing.
     * Points already spent cannot be taken back: the reversal takes at most the balance. Needs
     * {@code order.refund.approve} or {@code payment.refund}. Empty when the order earned no points.
     */
    Optional<LoyaltyPosted> reverseForRefund(long orderId, BigDecimal refundedTotal);

    /**
     * A manual correction (positive adds, negative takes) with a reason; {@code expectedVersion} (nullable)
     * is the account version the caller saw ({@code If-Match}). Needs {@code loyalty.adjust}.
     */
    LoyaltyPosted adjust(long customerId, int points, String reason, Long expectedVersion);

    /** What a redemption of {@code points} is worth in S/ (the configured value of a point). */
    BigDecimal valueOf(int points);
}
