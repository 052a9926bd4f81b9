package pe.colca.reporting;

/** A figure of the console's home page; each is counted by the area that owns its table. */
public enum HomeFigure {
    /** live (not deleted) products — catalog */
    PRODUCTS,
    /** rows of inventory_stock, one per variant and location — inventory */
    STOCK_ROWS,
    /** live locations marked active — inventory */
    ACTIVE_LOCATIONS,
    /** live customers — customer */
    CUSTOMERS,
    /** live orders created since midnight in Lima — sales */
    ORDERS_TODAY
}
