package pe.colca.payment;

/** State of one payment. */
public enum PaymentStatus {
    PENDING,
    APPROVED,
    DECLINED,
    REFUNDED,
    VOIDED
}
