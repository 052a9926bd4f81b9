package pe.colca.customer;

import java.io.Serializable;
import java.time.Instant;

/** One line of a loyalty ledger; {@code points} is signed (negative takes from the balance). */
public record LoyaltyMovementView(long id, LoyaltyMovementType type, int points, Long orderId, String reason,
                                  Instant createdAt) implements Serializable {
}
