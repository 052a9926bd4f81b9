package pe.colca.inventory.location;

/** Search criteria for the location list; null fields do not filter. */
public record LocationFilter(String text, LocationType type, Boolean active) {

    public static LocationFilter all() {
        return new LocationFilter(null, null, null);
    }
}
