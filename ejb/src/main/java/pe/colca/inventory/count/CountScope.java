package pe.colca.inventory.count;

/** Which variants a physical count covers: every variant stocked at the location, or a chosen set. */
public enum CountScope {
    ALL,
    SELECTED
}
