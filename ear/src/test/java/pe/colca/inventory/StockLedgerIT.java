package pe.colca.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.inventory.internal.StockLedger;
import pe.colca.testing.InContainerIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * {@link StockLedger}, the one bean that changes on-hand stock, called directly inside WildFly (no
 * HTTP): a credit or a debit writes exactly one ledger line in the caller's transaction and keeps
 * on hand equal to the signed sum of the movements; a debit beyond what is available is refused
 * with {@link StockInsufficient} and changes nothing; without a transaction it refuses to run.
 */
@DisplayName("StockLedger (in the container)")
class StockLedgerIT extends InContainerIntegration {

    private TestData data;
    private NewUser clerk;
    private int location;
    private long variant;

    @BeforeEach
    void fixtures() throws SQLException {
        data = data();
        clerk = data.user().permissions("inventory.view", "inventory.receive", "order.fulfill").create();
        location = data.location().create().id();
        variant = data.product().create().variant(0).id();
    }

    @Test
    @DisplayName("credit and debit each write exactly one ledger line, by the caller, and on hand = sum of movements")
    void creditAndDebitWriteOneLineEach() throws Exception {
        StockLedger ledger = lookup("StockLedger", StockLedger.class);
        MovementPosted credited = as(clerk, () -> inTransaction(() ->
                ledger.credit(variant, ledger.movableLocation(location), 7, MovementType.PURCHASE_RECEIPT, "GR-1", null)));
        assertEquals(7, credited.stock().getQuantityOnHand());
        assertEquals(1, movements(), "one line for the credit");
        assertEquals("PURCHASE_RECEIPT", data.string("SELECT movement_type FROM inventory_movements WHERE variant_id = ?"
                + " AND to_location_id = ? AND from_location_id IS NULL AND quantity = 7", variant, (long) location));
        assertEquals(clerk.id(), data.number("SELECT user_id FROM inventory_movements WHERE variant_id = ?", variant),
                "the line names the signed-in caller");

        MovementPosted debited = as(clerk, () -> inTransaction(() ->
                ledger.debit(variant, ledger.movableLocation(location), 3, MovementType.SALE, "B001-1", null)));
        assertEquals(4, debited.stock().getQuantityOnHand());
        assertEquals(2, movements(), "one more line for the debit");
        assertEquals(1, data.number("SELECT count(*) FROM inventory_movements WHERE variant_id = ? AND movement_type"
                + " = 'SALE' AND from_location_id = ? AND to_location_id IS NULL AND quantity = 3", variant, (long) location));
        assertEquals(4, onHand());
        assertEquals(onHand(), ledgerSum(), "on hand = signed sum of the movements");
        InventoryService inventory = lookup("DefaultInventoryService", InventoryService.class);
        assertTrue(as(clerk, () -> inventory.reconcile(variant, location)).isEmpty(), "reconciliation finds nothing");
    }

    @Test
    @DisplayName("a debit beyond the available quantity raises StockInsufficient and changes nothing")
    void debitBeyondAvailableChangesNothing() throws Exception {
        data.stock(variant, location, 5);
        StockLedger ledger = lookup("StockLedger", StockLedger.class);
        UserTransaction tx = transaction();
        StockInsufficient refused = as(clerk, () -> {
            tx.begin();
            try {
                return assertThrows(StockInsufficient.class, () ->
                        ledger.debit(variant, ledger.movableLocation(location), 6, MovementType.SALE, null, null));
            } finally {
                assertEquals(Status.STATUS_MARKED_ROLLBACK, tx.getStatus(), "a business refusal marks the transaction");
                tx.rollback();
            }
        });
        assertEquals(6, refused.requested());
        assertEquals(5, refused.available());
        assertEquals(5, onHand(), "on hand unchanged");
        assertEquals(1, movements(), "only the receipt of the fixture");

        // the same through the service (its own transaction): refused, nothing written
        InventoryService inventory = lookup("DefaultInventoryService", InventoryService.class);
        StockInsufficient bySale = assertThrows(StockInsufficient.class, () -> as(clerk, () ->
                inventory.sell(new StockChange(variant, location, 9, null, null))));
        assertEquals(5, bySale.available());
        assertEquals(5, onHand());
        assertEquals(1, movements());
        assertEquals(onHand(), ledgerSum());
    }

    @Test
    @DisplayName("refuses to run outside a caller's transaction (MANDATORY), so no line is ever written alone")
    void needsTheCallersTransaction() throws Exception {
        StockLedger ledger = lookup("StockLedger", StockLedger.class);
        assertThrows(EJBTransactionRequiredException.class, () -> as(clerk, () ->
                ledger.movableLocation(location)));
        assertEquals(0, movements());
    }

    // ---- helpers ------------------------------------------------------------------------------

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} in a transaction of the test, committed. */
    private static <T> T inTransaction(Work<T> work) throws Exception {
        UserTransaction tx = transaction();
        tx.begin();
        try {
            T result = work.run();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
    }

    private long movements() throws SQLException {
        return data.number("SELECT count(*) FROM inventory_movements WHERE variant_id = ?", variant);
    }

    private long onHand() throws SQLException {
        return data.number("SELECT coalesce(max(quantity_on_hand), 0) FROM inventory_stock WHERE variant_id = ?"
                + " AND location_id = ?", variant, (long) location);
    }

    private long ledgerSum() throws SQLException {
        return data.number("SELECT coalesce(sum(CASE WHEN to_location_id = ? THEN quantity ELSE -quantity END), 0)"
                + " FROM inventory_movements WHERE variant_id = ? AND (to_location_id = ? OR from_location_id = ?)",
                (long) location, variant, (long) location, (long) location);
    }
}
