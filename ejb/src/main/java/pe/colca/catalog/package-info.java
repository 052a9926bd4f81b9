/**
 * Catalog: products with their sellable variants (SKU, barcode, size, colour) and images, brands,
 * the category tree and the history of price changes. {@link pe.colca.catalog.Product} is the
 * aggregate root for its variants and images; other areas refer to a variant by its id.
 *
 * <p>The transaction boundaries are one service per kind of record: {@link pe.colca.catalog.ProductService},
 * {@link pe.colca.catalog.VariantService} (with the POS look-up), {@link pe.colca.catalog.CategoryService},
 * {@link pe.colca.catalog.BrandService}, {@link pe.colca.catalog.PriceService}. Other areas read the
 * catalog through {@link pe.colca.catalog.CatalogReader} only (and, for SQL joins, the view
 * {@code catalog_variant_index}); what can be sold is decided by {@link pe.colca.catalog.Sellability}. The rules that need no
 * database live in small value classes tested alone: {@link pe.colca.catalog.Barcode} (GS1 check
 * digits), {@link pe.colca.catalog.Slugs}, {@link pe.colca.catalog.PricePolicy} (effective price,
 * positive prices, the justification threshold, margin) and {@link pe.colca.catalog.CategoryTree}
 * (no category is its own ancestor). Refusals are facts: {@code InvalidBarcode},
 * {@code JustificationRequired}, {@code PriceNotPositive}, {@code CategoryCycle}, {@code NotForSale},
 * {@code LastVariant}, {@code StillInUse}.
 */
package pe.colca.catalog;
