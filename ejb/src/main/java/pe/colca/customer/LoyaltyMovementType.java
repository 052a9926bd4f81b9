package pe.colca.customer;

/** Kinds of loyalty ledger lines. */
public enum LoyaltyMovementType {
    EARN,
    REDEEM,
    EXPIRE,
    ADJUST,
    REVERSAL
}
