package pe.colca.payment;

/** A cash register session is open until its closing count. */
public enum CashSessionStatus {
    OPEN,
    CLOSED
}
