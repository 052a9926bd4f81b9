package pe.colca.promotion;

/** How a promotion discounts. */
public enum PromotionType {
    /** {@code value} is a percentage, 0 to 100. */
    PERCENTAGE,
    /** {@code value} is an amount in PEN. */
    FIXED_AMOUNT,
    /** The details (X, Y, which variants) are in the conditions. */
    BUY_X_GET_Y,
    FREE_SHIPPING
}
