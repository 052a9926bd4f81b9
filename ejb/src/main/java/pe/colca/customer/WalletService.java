package pe.colca.customer;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The wallet (store credit, PEN) of a customer as an exact ledger: one wallet per customer (created on
 * first use), every change one immutable {@code wallet_transactions} row in the same transaction as the
 * balance, so the balance equals the sum of the rows and never goes negative, also with concurrent debits
 * (the wallet row is changed by one conditional {@code UPDATE ... WHERE balance + change >= 0 RETURNING},
 * the last statement of the transaction). Top-ups, payments and refunds are idempotent by their reference
 * per wallet: a retry with the same reference and amount answers the first row and writes nothing; the
 * same reference with another amount is refused ({@link WalletReferenceReused}).
 */
@Local
public interface WalletService {

    /** The balance (zero, version 0 and no wallet id when the customer never had a transaction). */
    WalletBalance balance(long customerId);

    /** The transactions of a customer's wallet, newest first. */
    Page<WalletTransactionView> transactions(long customerId, PageRequest page);

    /** Money put into the wallet, with the reference of the payment that brought it. Needs {@code payment.create}. */
    WalletPosted topUp(long customerId, BigDecimal amount, String paymentReference);

    /** Pays with the wallet (a DEBIT); refused with {@link WalletBalanceInsufficient} beyond the balance. Needs {@code payment.create}. */
    WalletPosted pay(long customerId, BigDecimal amount, String reference);

    /** Money of a refunded purchase given back into the wallet. Needs {@code payment.refund}. */
    WalletPosted refund(long customerId, BigDecimal amount, String reference);

    /**
     * A manual correction (positive adds, negative takes, never below zero) with a reason;
     * {@code expectedVersion} (nullable) is the wallet version the caller saw. Needs {@code wallet.adjust}.
     */
    WalletPosted adjust(long customerId, BigDecimal amount, String reason, Long expectedVersion);
}
