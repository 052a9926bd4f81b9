package pe.colca.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of a variant's price history as screens show it: the {@link PriceChange} facts plus the
 * name and e-mail of who made the change (null for a change without a user, e.g. a system job).
 */
public record PriceHistoryLine(long id, long variantId, Instant changedAt, BigDecimal oldPrice, BigDecimal newPrice,
                               PriceChangeType changeType, String referenceSource, String referenceId,
                               Long changedBy, String changedByName, String changedByEmail, String justification)
        implements Serializable {
}
