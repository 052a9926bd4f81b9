package pe.colca.inventory.count;

/**
 * The life of a count: OPEN (people scan and type quantities) → SUBMITTED (counting is over, waiting
 * for approval) → APPROVED (corrections posted, final); OPEN or SUBMITTED → CANCELLED (nothing posted).
 */
public enum CountStatus {
    OPEN,
    SUBMITTED,
    APPROVED,
    CANCELLED;

    /** OPEN and SUBMITTED counts block a new count at the same location. */
    public boolean unfinished() {
        return this == OPEN || this == SUBMITTED;
    }
}
