/**
 * Console screens of the catalog: the product list ({@code backoffice/catalog/products.xhtml}), the
 * product editor with its variants grid, price changes and price history
 * ({@code backoffice/catalog/product.xhtml}), the image manager, bulk price updates, the category
 * tree editor, brands, and the CSV import with its progress, summary and error report. Every read
 * and write goes through the catalog services.
 */
package pe.colca.web.catalog;
