package pe.colca.sales;

/** Where an order was taken. */
public enum SalesChannel {
    POS,
    WEB,
    /** Taken by phone by staff (V25). */
    PHONE,
    /** Older orders only: integrators' orders are WEB since V25. */
    API
}
