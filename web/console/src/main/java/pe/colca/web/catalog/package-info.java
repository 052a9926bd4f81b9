/**
 * Console screens of the catalog's products: the product list ({@code backoffice/catalog/products.xhtml}),
 * the product editor with its variants grid, price changes and price history
 * ({@code backoffice/catalog/product.xhtml}). Every read and write goes through
 * {@link pe.colca.catalog.CatalogService}.
 */
package pe.colca.web.catalog;
