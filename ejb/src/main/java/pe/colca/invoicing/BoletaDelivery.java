package pe.colca.invoicing;

/**
 * How a company's boletas and their notes reach SUNAT ({@code companies.boleta_delivery}, V33):
 * one by one with sendBill, or in the resumen diario (RC). Facturas and their notes always go by sendBill.
 */
public enum BoletaDelivery {
    /** sendBill, one document at a time (the default). */
    BILL,
    /** A daily summary (RC) per company and issue date, sent by the scheduled job. */
    SUMMARY
}
