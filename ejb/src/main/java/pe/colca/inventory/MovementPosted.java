package pe.colca.inventory;

/** The ledger line an operation wrote and the stock row as it stands afterwards. */
public record MovementPosted(InventoryMovement movement, InventoryStock stock) {
}
