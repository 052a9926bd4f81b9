package pe.colca.sales;

/** State of one order line. */
public enum OrderItemStatus {
    ACTIVE,
    RETURNED,
    CANCELLED
}
