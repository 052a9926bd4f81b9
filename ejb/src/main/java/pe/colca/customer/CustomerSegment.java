package pe.colca.customer;

/** Commercial segment of a customer, used by promotions and reports. */
public enum CustomerSegment {
    REGULAR,
    FREQUENT,
    VIP,
    WHOLESALE,
    CORPORATE
}
