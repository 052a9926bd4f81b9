/**
 * The catalog's batch jobs: {@code catalog-import} (CSV bulk import of products, variants and
 * prices; docs/catalog-import.md). The artifacts only read, check and delegate to the catalog's
 * services.
 */
package pe.colca.batch.catalog;
