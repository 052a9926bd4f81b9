/**
 * Console screens of the catalog area owned here: the category tree editor, brands, and the CSV
 * import with its progress, summary and error report.
 */
package pe.colca.web.catalog;
