package pe.colca.payment;

/** Kinds of cash movements; the type gives the direction, the amount is never negative. */
public enum CashMovementType {
    OPENING,
    SALE,
    REFUND,
    CASH_IN,
    CASH_OUT,
    /** Cash taken to top up a customer's wallet (V26). */
    WALLET_TOP_UP,
    CLOSING;

    /** +1 when cash enters the drawer, -1 when it leaves, 0 for the closing count. */
    public int sign() {
        return switch (this) {
            case OPENING, SALE, CASH_IN, WALLET_TOP_UP -> 1;
            case REFUND, CASH_OUT -> -1;
            case CLOSING -> 0;
        };
    }
}
