package pe.colca.invoicing;

/** State of a comunicación de baja with SUNAT. */
public enum VoidStatus {
    PENDING,
    SENT,
    ACCEPTED,
    REJECTED
}
