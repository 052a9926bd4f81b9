/**
 * Stock transfers between locations: {@link pe.colca.inventory.transfer.InventoryTransfer} is the
 * aggregate (draft → dispatched → partially received → received, or cancelled) guarding its own
 * rules; dispatch and receipts move stock through the inventory's {@code StockLedger}
 * (docs/inventory-transfers.md).
 */
package pe.colca.inventory.transfer;
