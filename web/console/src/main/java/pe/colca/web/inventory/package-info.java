/**
 * Console screens of the inventory area: locations (the pattern screen of the console), stock by
 * location (receipts, adjustments, low-stock highlight, valuation at cost) and the movement ledger
 * (filters, CSV export).
 */
package pe.colca.web.inventory;
