package pe.colca.inventory.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.BusinessException;

/** The transfer's status machine, on the enum and on the document itself (no database). */
class TransferStatusTest {

    @Test
    @DisplayName("DRAFT → DISPATCHED → PARTIALLY_RECEIVED → RECEIVED, DRAFT → CANCELLED, nothing else")
    void transitions() {
        assertTrue(TransferStatus.DRAFT.canMoveTo(TransferStatus.DISPATCHED));
        assertTrue(TransferStatus.DRAFT.canMoveTo(TransferStatus.CANCELLED));
        assertFalse(TransferStatus.DRAFT.canMoveTo(TransferStatus.RECEIVED));
        assertTrue(TransferStatus.DISPATCHED.canMoveTo(TransferStatus.PARTIALLY_RECEIVED));
        assertTrue(TransferStatus.DISPATCHED.canMoveTo(TransferStatus.RECEIVED));
        assertFalse(TransferStatus.DISPATCHED.canMoveTo(TransferStatus.CANCELLED), "goods on the way cannot be cancelled");
        assertTrue(TransferStatus.PARTIALLY_RECEIVED.canMoveTo(TransferStatus.PARTIALLY_RECEIVED));
        assertTrue(TransferStatus.PARTIALLY_RECEIVED.canMoveTo(TransferStatus.RECEIVED));
        assertFalse(TransferStatus.PARTIALLY_RECEIVED.canMoveTo(TransferStatus.DISPATCHED));
        for (TransferStatus end : List.of(TransferStatus.RECEIVED, TransferStatus.CANCELLED)) {
            for (TransferStatus next : TransferStatus.values()) {
                assertFalse(end.canMoveTo(next), end + " is final");
            }
        }
        assertFalse(TransferStatus.DRAFT.canMoveTo(null));
        assertTrue(TransferStatus.DISPATCHED.inTransit() && TransferStatus.PARTIALLY_RECEIVED.inTransit());
        assertFalse(TransferStatus.DRAFT.inTransit() || TransferStatus.RECEIVED.inTransit());
    }

    @Test
    @DisplayName("a document: draft edit, dispatch, partial receipt, close short with reasons")
    void documentLifecycle() throws Exception {
        InventoryTransfer t = new InventoryTransfer("TRF-000001", 1, 2, null, 7L);
        t.redraft(1, 2, "notas", Map.of(10L, 5, 11L, 3));
        assertEquals(2, t.getLines().size());
        t.redraft(1, 2, null, Map.of(10L, 4));
        assertEquals(1, t.getLines().size(), "a line no longer wanted goes");
        assertEquals(4, t.line(10L).getQuantitySent());
        t.redraft(1, 2, null, Map.of(10L, 4, 12L, 6));
        ids(t);

        t.dispatch(7L);
        assertEquals(TransferStatus.DISPATCHED, t.getStatus());
        assertEquals(10, t.inTransit());
        TransferStatusInvalid again = assertThrows(TransferStatusInvalid.class, () -> t.dispatch(7L));
        assertEquals(BusinessException.Kind.RULE, again.kind());
        assertEquals("Transfer TRF-000001 is dispatched: it cannot be dispatched.",
                again.localizedMessage(Locale.ENGLISH));
        assertThrows(TransferStatusInvalid.class, () -> t.redraft(1, 2, null, Map.of(10L, 1)));
        assertThrows(TransferStatusInvalid.class, () -> t.cancel(7L));

        t.line(10L).receive(4);
        t.line(12L).receive(2);
        assertThrows(IllegalArgumentException.class, () -> t.line(12L).receive(5), "over-receipt");
        t.received(8L);
        assertEquals(TransferStatus.PARTIALLY_RECEIVED, t.getStatus());
        assertEquals(4, t.inTransit());

        t.close(Map.of(t.line(12L).getId(), "  caja dañada "), 8L);
        assertEquals(TransferStatus.RECEIVED, t.getStatus());
        assertEquals(4, t.line(12L).getDiscrepancyQuantity());
        assertEquals("caja dañada", t.line(12L).getDiscrepancyReason());
        assertEquals(0, t.line(10L).getDiscrepancyQuantity());
        assertEquals(0, t.inTransit());
        assertTrue(t.hasDiscrepancies());
        assertEquals(8L, t.getReceivedBy());
    }

    @Test
    @DisplayName("receiving everything makes the transfer RECEIVED; a draft can be cancelled, then nothing")
    void fullReceiptAndCancel() throws Exception {
        InventoryTransfer t = new InventoryTransfer("TRF-000002", 1, 2, null, null);
        t.redraft(1, 2, null, Map.of(10L, 2));
        ids(t);
        t.dispatch(null);
        t.line(10L).receive(2);
        t.received(null);
        assertEquals(TransferStatus.RECEIVED, t.getStatus());
        assertFalse(t.hasDiscrepancies());
        assertThrows(TransferStatusInvalid.class, () -> t.close(Map.of(), null));

        InventoryTransfer draft = new InventoryTransfer("TRF-000003", 1, 2, null, null);
        draft.cancel(null);
        assertEquals(TransferStatus.CANCELLED, draft.getStatus());
        assertThrows(TransferStatusInvalid.class, () -> draft.dispatch(null));
    }

    /** Lines get ids when persisted; here by hand so close() can look them up. */
    private static void ids(InventoryTransfer t) throws Exception {
        Field id = InventoryTransferLine.class.getDeclaredField("id");
        id.setAccessible(true);
        long next = 100;
        for (InventoryTransferLine line : t.getLines()) {
            id.set(line, next++);
        }
    }
}
