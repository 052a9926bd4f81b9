package pe.colca.inventory.count;

/**
 * Filters of a count's lines: {@code text} in the SKU, barcode or product name; only lines with a
 * difference; only lines not counted yet.
 */
public record CountLineFilter(String text, boolean differencesOnly, boolean notCountedOnly) {

    public static CountLineFilter all() {
        return new CountLineFilter(null, false, false);
    }
}
