package pe.colca.inventory.count;

import java.time.Instant;

/** Filters of the audit snapshots; null means "any". {@code to} is exclusive. */
public record SnapshotFilter(Integer locationId, Long variantId, SnapshotType type, Instant from, Instant to) {

    public static SnapshotFilter all() {
        return new SnapshotFilter(null, null, null, null, null);
    }
}
