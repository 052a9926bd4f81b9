package pe.colca.customer;

/** Kinds of loyalty ledger lines. */
public enum LoyaltyMovementType {
    EARN,
    REDEEM,
    EXPIRE,
    ADJUST,
    REVERSAL,
    /** The points/money of a customer absorbed by a merge leave his ledger (negative). */
    MERGE_OUT,
    /** ... and arrive in the survivor's (positive). */
    MERGE_IN
}
