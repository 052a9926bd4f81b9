package pe.colca.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's points.
 *
 * @param accountId      null while the customer has no account (no movement yet)
 * @param pointsBalance  points that can be spent now (= the sum of the movements)
 * @param lifetimePoints points ever earned on orders (less those reversed on refunds)
 * @param pointsValue    what the balance is worth when redeemed, in S/
 * @param version        the account's version (the ETag); 0 before the first movement
 */
public record LoyaltyBalance(long customerId, Long accountId, int pointsBalance, int lifetimePoints,
                             Instant lastMovementAt, BigDecimal pointsValue, long version) implements Serializable {
}
