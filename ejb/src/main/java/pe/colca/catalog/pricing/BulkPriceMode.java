package pe.colca.catalog.pricing;

/** How a bulk price update changes each selected variant's effective price. */
public enum BulkPriceMode {
    /** By a percentage of the current price: {@code +10} raises 10 %, {@code -15} lowers 15 %. */
    PERCENT,
    /** By a fixed amount in soles: {@code +2.50} or {@code -1.00}. */
    AMOUNT,
    /** To one fixed price for every selected variant. */
    SET
}
