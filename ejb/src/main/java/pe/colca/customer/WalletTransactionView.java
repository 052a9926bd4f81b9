package pe.colca.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of a wallet ledger; {@code amount} is signed (negative for a debit). */
public record WalletTransactionView(long id, WalletTransactionType type, BigDecimal amount, String reference,
                                    String reason, Instant createdAt) implements Serializable {
}
