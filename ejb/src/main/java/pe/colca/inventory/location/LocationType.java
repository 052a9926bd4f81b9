package pe.colca.inventory.location;

/** What a location is: a store that sells, or a warehouse that only keeps stock. */
public enum LocationType {
    STORE,
    WAREHOUSE
}
