package pe.colca.sales;

/** States of an order; the allowed moves between them are rows of {@code order_status_transitions}. */
public enum OrderStatus {
    DRAFT,
    PENDING_PAYMENT,
    PAID,
    PREPARING,
    READY,
    DELIVERED,
    COMPLETED,
    CANCELLED,
    REFUND_REQUESTED,
    REFUNDED
}
