package pe.colca.sales;

/** How much of an order is paid ({@code orders.payment_status}), derived from its payments. */
public enum OrderPaymentStatus {
    UNPAID,
    PARTIALLY_PAID,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED
}
