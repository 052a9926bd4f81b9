package pe.colca.sales;

/** How the goods reach the customer. */
public enum ShippingMethod {
    IN_STORE,
    PICKUP,
    DELIVERY
}
