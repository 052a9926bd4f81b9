package pe.colca.inventory;

/** Why stock moved; every change of {@code inventory_stock} leaves one ledger line of these types. */
public enum MovementType {
    PURCHASE_RECEIPT,
    SALE,
    CUSTOMER_RETURN,
    TRANSFER_OUT,
    TRANSFER_IN,
    ADJUSTMENT,
    COUNT_CORRECTION
}
