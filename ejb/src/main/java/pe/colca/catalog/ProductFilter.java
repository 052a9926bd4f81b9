package pe.colca.catalog;

/**
 * Search criteria for products; null fields do not filter. {@code text} matches every word in the
 * name (accent- and case-insensitive, partial words), or is an exact SKU or barcode of a live variant.
 */
public record ProductFilter(String text, Long brandId, Long categoryId, ProductStatus status) {

    public static ProductFilter all() {
        return new ProductFilter(null, null, null, null);
    }
}
