package pe.colca.inventory.transfer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a transfer stands. DRAFT → DISPATCHED → PARTIALLY_RECEIVED → RECEIVED, or DRAFT → CANCELLED;
 * a dispatched transfer goes straight to RECEIVED when one receipt brings everything, or when it is
 * closed short (the missing units recorded as discrepancies).
 */
public enum TransferStatus {
    DRAFT,
    DISPATCHED,
    PARTIALLY_RECEIVED,
    RECEIVED,
    CANCELLED;

    /** Whether a transfer in this status may move to {@code next}. */
    public boolean canMoveTo(TransferStatus next) {
        return next != null && successors().contains(next);
    }

    public Set<TransferStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(DISPATCHED, CANCELLED);
            case DISPATCHED -> EnumSet.of(PARTIALLY_RECEIVED, RECEIVED);
            case PARTIALLY_RECEIVED -> EnumSet.of(PARTIALLY_RECEIVED, RECEIVED);
            case RECEIVED, CANCELLED -> EnumSet.noneOf(TransferStatus.class);
        };
    }

    /** Whether the lines and header may still be edited. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** Whether the goods are on their way (dispatched, not all received or closed). */
    public boolean inTransit() {
        return this == DISPATCHED || this == PARTIALLY_RECEIVED;
    }
}
