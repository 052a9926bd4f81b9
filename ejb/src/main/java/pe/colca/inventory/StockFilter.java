package pe.colca.inventory;

/** Stock rows of one location: optionally one variant only, or only rows with available units. */
public record StockFilter(Long variantId, Boolean inStock) {

    public static StockFilter all() {
        return new StockFilter(null, null);
    }
}
