package pe.colca.customer;

/** Kinds of wallet ledger lines. */
public enum WalletTransactionType {
    CREDIT,
    DEBIT,
    REFUND,
    ADJUSTMENT
}
