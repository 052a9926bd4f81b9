package pe.colca.sales;

/** Where an order was taken. */
public enum SalesChannel {
    POS,
    WEB,
    API
}
