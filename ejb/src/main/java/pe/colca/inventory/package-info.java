/**
 * Inventory: locations (stores, warehouses), stock per variant and location, reservations with a
 * TTL, the movement ledger, transfers, counts and audit snapshots, low-stock alerts.
 */
package pe.colca.inventory;
