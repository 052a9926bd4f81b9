package pe.colca.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer's wallet: {@code walletId} null and version 0 before the first transaction. */
public record WalletBalance(long customerId, Long walletId, BigDecimal balance, Instant updatedAt, long version)
        implements Serializable {
}
