package pe.colca.customer;

/** Kinds of wallet ledger lines. */
public enum WalletTransactionType {
    CREDIT,
    DEBIT,
    REFUND,
    ADJUSTMENT,
    /** The points/money of a customer absorbed by a merge leave his ledger (negative). */
    MERGE_OUT,
    /** ... and arrive in the survivor's (positive). */
    MERGE_IN
}
