package pe.colca.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.inventory.alert.StockAlertService;
import pe.colca.inventory.alert.internal.StockAlertWatcher;
import pe.colca.inventory.alert.internal.StockAlertWatcher.Changed;
import pe.colca.inventory.alert.internal.StockAlertWatcher.Pair;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * Low-stock alerts of stock changes are evaluated after the stock transaction commits (never under
 * the hot row's lock), in a transaction of their own: a committed reservation that crosses the
 * threshold raises exactly one alert, a rolled-back one raises nothing, and a dip below the
 * threshold that was already over when the evaluation ran still raises its alert (and re-arms it).
 */
@DisplayName("Low-stock alerts after the commit (in the container)")
class StockAlertAfterCommitIT extends InContainerIntegration {

    private TestData data;
    private NewUser manager;
    private int location;
    private long variant;

    @BeforeEach
    void fixtures() throws SQLException {
        data = data();
        manager = data.user().permissions("inventory.view", "inventory.reserve", "inventory.alert.edit").create();
        location = data.location().create().id();
        variant = data.product().create().variant(0).id();
        data.stock(variant, location, 10);
    }

    @Test
    @DisplayName("a committed reservation that crosses the threshold raises one alert; more reservations below it raise none")
    void reservationCrossingRaisesOnceAfterCommit() throws Exception {
        StockAlertService alerts = lookup("DefaultStockAlertService", StockAlertService.class);
        InventoryService inventory = lookup("DefaultInventoryService", InventoryService.class);
        as(manager, () -> alerts.setThreshold(variant, location, 5, true, null));
        assertEquals(0, triggers(), "10 available, threshold 5: not below");

        UserTransaction tx = transaction();
        as(manager, () -> {
            tx.begin();
            inventory.reserve(new ReservationRequest(variant, location, 6, "it-alert-1", null));
            assertEquals(0, triggers(), "nothing is evaluated before the commit");
            tx.commit();
            return null;
        });
        assertEquals(1, triggers(), "4 available < 5: raised once the reservation committed");
        assertEquals(1, below());

        as(manager, () -> inventory.reserve(new ReservationRequest(variant, location, 1, "it-alert-2", null)));
        assertEquals(1, triggers(), "still below: no second alert");
    }

    @Test
    @DisplayName("a rolled-back reservation across the threshold raises nothing")
    void rolledBackReservationRaisesNothing() throws Exception {
        StockAlertService alerts = lookup("DefaultStockAlertService", StockAlertService.class);
        InventoryService inventory = lookup("DefaultInventoryService", InventoryService.class);
        as(manager, () -> alerts.setThreshold(variant, location, 5, true, null));
        UserTransaction tx = transaction();
        as(manager, () -> {
            tx.begin();
            inventory.reserve(new ReservationRequest(variant, location, 8, "it-alert-3", null));
            tx.rollback();
            return null;
        });
        assertEquals(0, triggers());
        assertEquals(0, below());
        assertEquals(0, data.number("SELECT quantity_reserved FROM inventory_stock WHERE variant_id = ? AND location_id = ?",
                variant, (long) location));
    }

    @Test
    @DisplayName("a dip below the threshold that is over by the time of the evaluation still raises its alert, then re-arms")
    void dipAlreadyOverStillRaises() throws Exception {
        StockAlertService alerts = lookup("DefaultStockAlertService", StockAlertService.class);
        StockAlertWatcher watcher = lookup("StockAlertWatcher", StockAlertWatcher.class);
        as(manager, () -> alerts.setThreshold(variant, location, 5, true, null));
        Pair pair = new Pair(variant, location);

        as(manager, () -> {
            watcher.evaluateCommitted(List.of(new Changed(pair, Integer.MAX_VALUE)));
            return null;
        });
        assertEquals(0, triggers(), "no figure of the change and 10 available: nothing to raise");

        as(manager, () -> {
            watcher.evaluateCommitted(List.of(new Changed(pair, 3)));
            return null;
        });
        assertEquals(1, triggers(), "the change reached 3 < 5: raised");
        assertEquals(0, below(), "10 available now: re-armed at once, so the next crossing raises again");
        assertEquals(1, data.number("SELECT count(*) FROM inventory_alerts WHERE variant_id = ? AND location_id = ?"
                + " AND last_recovered_at IS NOT NULL", variant, (long) location));
    }

    private long triggers() throws SQLException {
        return data.number("SELECT coalesce(max(trigger_count), 0) FROM inventory_alerts WHERE variant_id = ?"
                + " AND location_id = ?", variant, (long) location);
    }

    private long below() throws SQLException {
        return data.number("SELECT count(*) FROM inventory_alerts WHERE variant_id = ? AND location_id = ? AND is_below",
                variant, (long) location);
    }
}
