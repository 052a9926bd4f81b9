package pe.colca.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The guards of the stock row, the reservation and the ledger line: a refused change leaves the row untouched. */
class InventoryStockTest {

    private static InventoryStock stock(int onHand, int reserved) {
        return new InventoryStock(7L, 3L, onHand, reserved);
    }

    private static void assertQuantities(InventoryStock s, int onHand, int reserved) {
        assertEquals(onHand, s.getQuantityOnHand(), "on hand");
        assertEquals(reserved, s.getQuantityReserved(), "reserved");
        assertEquals(onHand - reserved, s.available(), "available");
    }

    @Test
    @DisplayName("receive and withdraw move the right quantities")
    void happyPaths() {
        InventoryStock s = new InventoryStock(7L, 3L);
        s.receive(10, 1L);
        assertQuantities(s, 10, 0);
        s.withdraw(7, 1L);
        assertQuantities(s, 3, 0);
        assertEquals(1L, s.getLastUpdatedBy());
    }

    @Test
    @DisplayName("withdrawing more than available is refused and changes nothing; reserved units cannot leave")
    void neverBelowAvailable() {
        InventoryStock s = stock(5, 3);
        assertThrows(IllegalStateException.class, () -> s.withdraw(3, 1L));
        assertQuantities(s, 5, 3);
        s.withdraw(2, 1L);
        assertQuantities(s, 3, 3);
        assertThrows(IllegalStateException.class, () -> s.withdraw(1, 1L), "reserved units cannot be withdrawn");
        assertThrows(IllegalArgumentException.class, () -> stock(2, 3), "reserved never exceeds on hand");
    }

    @Test
    @DisplayName("quantities must be positive")
    void positiveQuantities() {
        InventoryStock s = stock(5, 0);
        for (int bad : new int[] {0, -1}) {
            assertThrows(IllegalArgumentException.class, () -> s.receive(bad, 1L));
            assertThrows(IllegalArgumentException.class, () -> s.withdraw(bad, 1L));
        }
        assertQuantities(s, 5, 0);
    }

    @Test
    @DisplayName("receiving past Integer.MAX_VALUE overflows loudly instead of wrapping negative")
    void overflow() {
        InventoryStock s = stock(Integer.MAX_VALUE, 0);
        assertThrows(ArithmeticException.class, () -> s.receive(1, 1L));
        assertQuantities(s, Integer.MAX_VALUE, 0);
    }

    @Test
    @DisplayName("an approved count notes its date and leaves the quantities to the ledger")
    void count() {
        InventoryStock s = stock(10, 4);
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        s.markCounted(at);
        assertEquals(at, s.getLastCountedAt());
        assertQuantities(s, 10, 4);
    }

    @Test
    @DisplayName("a reservation needs a positive quantity and a session, and is only ever extended")
    void reservation() {
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new Reservation(1L, 2L, "s", 0, t));
        assertThrows(IllegalArgumentException.class, () -> new Reservation(1L, 2L, " ", 1, t));
        Reservation r = new Reservation(1L, 2L, "cart-1", 2, t);
        r.extendUntil(t.minusSeconds(60));
        assertEquals(t, r.getExpiresAt(), "never shortened");
        r.extendUntil(t.plusSeconds(60));
        assertEquals(t.plusSeconds(60), r.getExpiresAt());
        assertFalse(r.isExpiredAt(t));
        assertTrue(r.isExpiredAt(t.plusSeconds(60)));
    }

    @Test
    @DisplayName("a ledger line has a positive quantity and at least one, and two different, locations")
    void movement() {
        assertThrows(IllegalArgumentException.class,
                () -> new InventoryMovement(MovementType.SALE, 1L, 2L, null, 0, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new InventoryMovement(MovementType.SALE, 1L, null, null, 1, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new InventoryMovement(MovementType.TRANSFER_OUT, 1L, 2L, 2L, 1, null, null, null));
        InventoryMovement m = new InventoryMovement(MovementType.PURCHASE_RECEIPT, 1L, null, 2L, 5, 9L, "F001-1", null);
        assertEquals(5, m.getQuantity());
        assertEquals(2L, m.getToLocationId());
    }
}
