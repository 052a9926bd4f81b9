package pe.colca.payment;

/** How a payment is made. */
public enum PaymentMethod {
    CASH,
    CARD,
    YAPE,
    PLIN,
    BANK_TRANSFER,
    WALLET
}
