package pe.colca.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drawer arithmetic of {@link CashSession} and the denominations of the sol, without a database. */
class CashSessionTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("10.00");

    @Test
    void expectedCashIsTheSignedSumOfTheMovements() {
        CashSession session = new CashSession(7L, 3L, new BigDecimal("100"));
        session.record(CashMovementType.SALE, new BigDecimal("80.50"), null, 1L, null);
        session.record(CashMovementType.WALLET_TOP_UP, new BigDecimal("20"), null, null, "T-1");
        session.record(CashMovementType.CASH_IN, new BigDecimal("30"), "sencillo");
        session.record(CashMovementType.REFUND, new BigDecimal("15.50"), null, 1L, null);
        session.record(CashMovementType.CASH_OUT, new BigDecimal("40"), "agua");
        assertEquals(new BigDecimal("175.00"), session.cashInDrawer());
        assertThrows(IllegalStateException.class,
                () -> session.record(CashMovementType.CASH_OUT, new BigDecimal("175.01"), "demasiado"));

        assertTrue(session.count(Map.of("100.00", 1, "50.00", 1, "20.00", 1, "5.00", 1), new BigDecimal("175.00"),
                7L, THRESHOLD, Instant.now()));
        assertEquals(CashSessionStatus.CLOSED, session.getStatus());
        assertEquals(new BigDecimal("0.00"), session.getDiscrepancy());
        assertThrows(IllegalStateException.class,
                () -> session.record(CashMovementType.SALE, BigDecimal.ONE, null, 2L, null), "closed is immutable");
    }

    @Test
    void aDiscrepancyBeyondTheThresholdWaitsForAnotherUser() {
        CashSession session = new CashSession(7L, 3L, new BigDecimal("50"));
        assertFalse(session.count(Map.of("20.00", 2), new BigDecimal("40.00"), 7L, new BigDecimal("9.99"),
                Instant.now()));
        assertTrue(session.isAwaitingApproval());
        assertEquals(new BigDecimal("-10.00"), session.getDiscrepancy());
        assertThrows(IllegalStateException.class, () -> session.record(CashMovementType.CASH_IN, BigDecimal.ONE, "x"));
        assertThrows(IllegalStateException.class, () -> session.approve(7L, Instant.now()), "not by who counted");
        session.discardCount();
        assertNull(session.getActualCash());
        assertTrue(session.takesMovements());
        assertFalse(session.count(Map.of("20.00", 2), new BigDecimal("40.00"), 7L, new BigDecimal("9.99"),
                Instant.now()));
        session.approve(8L, Instant.now());
        assertEquals(CashSessionStatus.CLOSED, session.getStatus());
        assertEquals(Long.valueOf(8L), session.getApprovedBy());
    }

    @Test
    void aDiscrepancyAtTheThresholdClosesAtOnce() {
        CashSession session = new CashSession(7L, 3L, new BigDecimal("50"));
        assertTrue(session.count(Map.of("20.00", 2), new BigDecimal("40.00"), 7L, THRESHOLD, Instant.now()));
    }

    @Test
    void denominations() {
        assertEquals(11, CashDenominations.ALL.size());
        assertEquals(new BigDecimal("0.50"), CashDenominations.of(new BigDecimal("0.5")));
        assertNull(CashDenominations.of(new BigDecimal("3")));
        Map<BigDecimal, Integer> count = new LinkedHashMap<>();
        count.put(new BigDecimal("200.00"), 2);
        count.put(new BigDecimal("0.10"), 7);
        count.put(new BigDecimal("0.20"), 1);
        assertEquals(new BigDecimal("400.90"), CashDenominations.total(count));
        assertEquals("0.50", CashDenominations.key(new BigDecimal("0.5")));
        Map<BigDecimal, Integer> read = CashDenominations.read(Map.of("100.00", 3));
        assertEquals(11, read.size());
        assertEquals(3, read.get(new BigDecimal("100.00")));
        assertEquals(0, read.get(new BigDecimal("0.10")));
    }
}
