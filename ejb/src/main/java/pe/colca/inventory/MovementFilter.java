package pe.colca.inventory;

import java.time.Instant;

/** Which ledger lines to list; every member is optional. {@code from} inclusive, {@code to} exclusive. */
public record MovementFilter(Long variantId, Integer locationId, MovementType type, Instant from, Instant to) {

    public static MovementFilter all() {
        return new MovementFilter(null, null, null, null, null);
    }
}
