package pe.colca.customer;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a wallet change wrote (or, with {@code replayed}, what an earlier call with the same reference wrote).
 *
 * @param amount  the signed change
 * @param balance the balance after the change (now, for a replay)
 * @param version the wallet version after the change
 */
public record WalletPosted(long customerId, long walletId, long transactionId, WalletTransactionType type,
                           BigDecimal amount, BigDecimal balance, long version, boolean replayed) implements Serializable {
}
