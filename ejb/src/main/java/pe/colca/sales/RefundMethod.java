package pe.colca.sales;

/** How the money of a return goes back to the customer. */
public enum RefundMethod {
    /** By the tenders that paid the order (cash from the returning cashier's open session, card, Yape …). */
    ORIGINAL,
    /** Into the customer's wallet (store credit). */
    WALLET
}
