package pe.colca.catalog.internal;

/** How many live variants a product has (a row of the product list's grouped count). */
public record LiveVariantCount(Long productId, Long variants) {
}
