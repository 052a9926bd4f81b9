/**
 * Catalog: products with their sellable variants (SKU, barcode, size, colour) and images, brands,
 * the category tree and the history of price changes. {@link pe.colca.catalog.Product} is the
 * aggregate root for its variants and images; other areas refer to a variant by its id.
 *
 * <p>{@link pe.colca.catalog.CatalogService} is the transaction boundary. The rules that need no
 * database live in small value classes tested alone: {@link pe.colca.catalog.Barcode} (GS1 check
 * digits), {@link pe.colca.catalog.Slugs}, {@link pe.colca.catalog.PricePolicy} (effective price,
 * positive prices, the justification threshold, margin) and {@link pe.colca.catalog.CategoryTree}
 * (no category is its own ancestor). Refusals are facts: {@code InvalidBarcode},
 * {@code JustificationRequired}, {@code PriceNotPositive}, {@code CategoryCycle}, {@code NotForSale},
 * {@code LastVariant}, {@code StillInUse}.
 */
package pe.colca.catalog;
