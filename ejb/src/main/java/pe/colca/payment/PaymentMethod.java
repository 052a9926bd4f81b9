package pe.colca.payment;

/** How a payment is made. */
public enum PaymentMethod {
    CASH,
    CARD,
    YAPE,
    PLIN,
    BANK_TRANSFER,
    WALLET,
    /** Loyalty points redeemed as money (V25), through the customer area's ledger. */
    LOYALTY
}
