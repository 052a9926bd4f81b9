/**
 * Catalog: products with their sellable variants (SKU, barcode, size, colour) and images, brands,
 * the category tree and the history of price changes. {@link pe.colca.catalog.Product} is the
 * aggregate root for its variants and images; other areas refer to a variant by its id.
 */
package pe.colca.catalog;
