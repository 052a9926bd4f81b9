/**
 * The catalog CSV import: a restartable Jakarta Batch job that creates and updates products,
 * variants and prices row by row, with a per-row error report (docs/catalog-import.md).
 */
package pe.colca.catalog.importing;
