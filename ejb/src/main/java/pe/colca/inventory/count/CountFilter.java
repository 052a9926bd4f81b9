package pe.colca.inventory.count;

/** Filters of the count list; null means "any". {@code text}: part of the count number or notes. */
public record CountFilter(Integer locationId, CountStatus status, String text) {

    public static CountFilter all() {
        return new CountFilter(null, null, null);
    }
}
