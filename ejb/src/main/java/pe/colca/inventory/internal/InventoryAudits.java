package pe.colca.inventory.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import pe.colca.inventory.InventoryMovement;
import pe.colca.inventory.InventoryStock;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.Reservation;

/**
 * The values inventory writes into {@code audit_logs} for stock movements and reservations (one
 * row per business action, in its transaction).
 */
final class InventoryAudits {

    /**
     * Movements audited by the ledger itself: receipts, direct sales and customer returns. The others
     * have their own row written by their service (ADJUST, the transfer's and the count's actions); a
     * conversion's SALE line is covered by the reservation's RESERVATION_CONVERT row.
     */
    static final Set<MovementType> BY_LEDGER = EnumSet.of(MovementType.PURCHASE_RECEIPT, MovementType.SALE,
            MovementType.CUSTOMER_RETURN);

    static final String RESERVATIONS = "reservations";
    static final String MOVEMENTS = "inventory_movements";

    private InventoryAudits() {
    }

    static Map<String, Object> movement(InventoryMovement m, InventoryStock stock) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("movementType", m.getMovementType().name());
        values.put("variantId", m.getVariantId());
        values.put("fromLocationId", m.getFromLocationId());
        values.put("toLocationId", m.getToLocationId());
        values.put("quantity", m.getQuantity());
        values.put("referenceDoc", m.getReferenceDoc());
        values.put("notes", m.getNotes());
        values.put("quantityOnHand", stock.getQuantityOnHand());
        return values;
    }

    static Map<String, Object> reservation(Reservation r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("variantId", r.getVariantId());
        values.put("locationId", r.getLocationId());
        values.put("sessionId", r.getSessionId());
        values.put("quantity", r.getQuantity());
        values.put("expiresAt", r.getExpiresAt() == null ? null : r.getExpiresAt().toString());
        return values;
    }

    /** A reservation's end by conversion: the sale line it became. */
    static Map<String, Object> converted(InventoryMovement sale) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("movementId", sale.getId());
        values.put("quantity", sale.getQuantity());
        values.put("referenceDoc", sale.getReferenceDoc());
        return values;
    }
}
