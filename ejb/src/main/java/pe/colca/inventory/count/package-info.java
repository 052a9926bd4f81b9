/**
 * Physical counts and audit snapshots: count sessions per location, the frozen system quantity of
 * each counted line, approval that posts COUNT_CORRECTION through the {@code StockLedger}, and the
 * scheduled, count and manual snapshots (docs/inventory-counts.md).
 */
package pe.colca.inventory.count;
