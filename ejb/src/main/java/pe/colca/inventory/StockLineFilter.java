package pe.colca.inventory;

/**
 * Which stock lines of a location to list.
 *
 * @param text            part of the SKU or the product name (case-insensitive); null for all
 * @param inStockOnly     only lines with available units
 * @param lowStockOnly    only lines in low stock
 * @param defaultLowStock a line without an alert threshold is low when available ≤ this
 */
public record StockLineFilter(String text, boolean inStockOnly, boolean lowStockOnly, int defaultLowStock) {
}
