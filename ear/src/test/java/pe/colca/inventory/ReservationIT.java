package pe.colca.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.server.SecurityIdentity;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * Reservations through {@link InventoryService}, called directly inside WildFly: reserve, release,
 * convert and expire change {@code quantity_reserved} (and only convert touches on hand, with one
 * SALE line); a reservation beyond the available quantity is refused and changes nothing; and
 * concurrent reservations of the last units, each in its own transaction on its own thread, never
 * oversell.
 */
@DisplayName("Reservations (in the container)")
class ReservationIT extends InContainerIntegration {

    private TestData data;
    private NewUser seller;
    private InventoryService inventory;
    private int location;
    private long variant;

    @BeforeEach
    void fixtures() throws SQLException {
        data = data();
        seller = data.user().permissions("inventory.view", "inventory.reserve", "inventory.adjust").create();
        inventory = lookup("DefaultInventoryService", InventoryService.class);
        location = data.location().create().id();
        variant = data.product().create().variant(0).id();
    }

    @Test
    @DisplayName("reserve holds units (no ledger line), release gives them back once")
    void reserveAndRelease() throws Exception {
        data.stock(variant, location, 10);
        Reservation held = as(seller, () -> inventory.reserve(request(3, "s-1")));
        assertStock(10, 3);
        assertEquals(1, reservations());
        assertEquals(1, movements(), "a reservation writes no ledger line");

        as(seller, () -> {
            inventory.release(held.getId());
            return null;
        });
        assertStock(10, 0);
        assertEquals(0, reservations());
        assertThrows(ReservationNotFound.class, () -> as(seller, () -> {
            inventory.release(held.getId());
            return null;
        }), "a reservation is released once");
        assertStock(10, 0);
    }

    @Test
    @DisplayName("convert turns the reservation into a sale: reserved and on hand drop, one SALE line")
    void convert() throws Exception {
        data.stock(variant, location, 10);
        Reservation held = as(seller, () -> inventory.reserve(request(4, "s-2")));
        MovementPosted sale = as(seller, () -> inventory.convert(held.getId(), "B001-77"));
        assertEquals(MovementType.SALE, sale.movement().getMovementType());
        assertStock(6, 0);
        assertEquals(0, reservations());
        assertEquals(1, data.number("SELECT count(*) FROM inventory_movements WHERE variant_id = ? AND movement_type"
                + " = 'SALE' AND quantity = 4 AND reference_doc = 'B001-77'", variant));
        assertEquals(6, ledgerSum(), "on hand = signed sum of the movements");
    }

    @Test
    @DisplayName("an expired reservation is swept: its units are available again")
    void expire() throws Exception {
        data.stock(variant, location, 5);
        Reservation held = as(seller, () -> inventory.reserve(request(2, "s-3")));
        assertStock(5, 2);
        data.number("UPDATE inventory_reservations SET expires_at = now() - interval '1 second' WHERE id = ?"
                + " RETURNING id", held.getId());
        // the minute timer may sweep it first: either way the effect is the same
        int released = as(seller, () -> inventory.releaseExpiredReservations());
        assertTrue(released >= 0);
        assertStock(5, 0);
        assertEquals(0, reservations());
        assertEquals(1, movements(), "expiry writes no ledger line");
    }

    @Test
    @DisplayName("reserving more than is available is refused with the available quantity and changes nothing")
    void beyondAvailable() throws Exception {
        data.stock(variant, location, 5);
        as(seller, () -> inventory.reserve(request(4, "s-4")));
        StockInsufficient refused = assertThrows(StockInsufficient.class,
                () -> as(seller, () -> inventory.reserve(request(2, "s-5"))));
        assertEquals(1, refused.available());
        assertStock(5, 4);
        assertEquals(1, reservations(), "the refused reservation left no row");
    }

    @Test
    @DisplayName("20 threads reserving the last 5 units: exactly 5 succeed, reserved never exceeds on hand")
    void concurrentReservationsNeverOversell() throws Exception {
        data.stock(variant, location, 5);
        SecurityIdentity identity = identity(seller);
        int buyers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < buyers; i++) {
                String session = "race-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    // each call is its own transaction (REQUIRED, no caller transaction on this thread)
                    return identity.runAs((java.security.PrivilegedExceptionAction<Boolean>) () -> {
                        try {
                            inventory.reserve(request(1, session));
                            return true;
                        } catch (StockInsufficient sold) {
                            return false;
                        }
                    });
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> outcome : outcomes) {
                won += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(5, won, "exactly as many buyers as units");
        } finally {
            pool.shutdownNow();
        }
        assertStock(5, 5);
        assertEquals(5, reservations());
        assertEquals(0, data.number("SELECT count(*) FROM inventory_stock WHERE quantity_reserved > quantity_on_hand"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ReservationRequest request(int quantity, String session) {
        return new ReservationRequest(variant, location, quantity, session, null);
    }

    private void assertStock(long onHand, long reserved) throws SQLException {
        assertEquals(onHand, data.number("SELECT quantity_on_hand FROM inventory_stock WHERE variant_id = ?"
                + " AND location_id = ?", variant, (long) location), "on hand");
        assertEquals(reserved, data.number("SELECT quantity_reserved FROM inventory_stock WHERE variant_id = ?"
                + " AND location_id = ?", variant, (long) location), "reserved");
    }

    private long reservations() throws SQLException {
        return data.number("SELECT count(*) FROM inventory_reservations WHERE variant_id = ?", variant);
    }

    private long movements() throws SQLException {
        return data.number("SELECT count(*) FROM inventory_movements WHERE variant_id = ?", variant);
    }

    private long ledgerSum() throws SQLException {
        return data.number("SELECT coalesce(sum(CASE WHEN to_location_id = ? THEN quantity ELSE -quantity END), 0)"
                + " FROM inventory_movements WHERE variant_id = ? AND (to_location_id = ? OR from_location_id = ?)",
                (long) location, variant, (long) location, (long) location);
    }
}
