package pe.colca.customer;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a loyalty change wrote.
 *
 * @param movementId   the line written, null when nothing was written (0 points, or a replay without a line)
 * @param points       the signed points of the line (0 when none)
 * @param value        for a redemption, what the points are worth in S/ (else zero)
 * @param balance      the balance after the change
 * @param version      the account version after the change
 * @param replayed     true when the call repeated an earlier one (same order) and wrote nothing
 */
public record LoyaltyPosted(long customerId, long accountId, Long movementId, LoyaltyMovementType type, int points,
                            BigDecimal value, int balance, long version, boolean replayed) implements Serializable {
}
