package pe.colca.inventory.count;

/** What produced an audit snapshot: the scheduled reconciliation, a physical count, or a person. */
public enum SnapshotType {
    SCHEDULED,
    COUNT,
    MANUAL
}
