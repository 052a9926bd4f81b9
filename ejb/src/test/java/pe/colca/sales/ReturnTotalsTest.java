package pe.colca.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The figures of a return (V29) and the order's payment status after a complete one. */
class ReturnTotalsTest {

    @Test
    void aReturnRefundsAtMostItsTotal() {
        OrderReturn r = new OrderReturn(1L, 2, "LIM-01-20261204-000001-D01", " talla ", RefundMethod.ORIGINAL, 5L,
                "key", "hash");
        r.addItem(10L, 20L, 1, new BigDecimal("19.90"), BigDecimal.ZERO, new BigDecimal("3.04"), new BigDecimal("19.90"));
        r.applyTotals(new BigDecimal("16.86"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("3.04"),
                new BigDecimal("19.90"), false);
        r.refunded(new BigDecimal("19.9"));
        assertEquals(new BigDecimal("19.90"), r.getRefundedAmount());
        assertEquals("talla", r.getReason());
        assertThrows(IllegalArgumentException.class, () -> r.refunded(new BigDecimal("19.91")));
        assertTrue(r.isSameRequest(1L, "hash"));
        assertFalse(r.isSameRequest(1L, "other"));
        assertFalse(r.isSameRequest(2L, "hash"));
        assertThrows(IllegalArgumentException.class, () -> new OrderReturn(1L, 2, "x", " ", RefundMethod.WALLET, null,
                null, null));
    }

    @Test
    void onlyAPaidOrderBecomesRefunded() {
        Order order = new Order("LIM-01-20261204-000001", SalesChannel.POS, 2L, null, 5L, null);
        assertThrows(IllegalStateException.class, order::markRefunded, "an unpaid order refunds nothing");
        order.addItem(20L, 1, new BigDecimal("19.90"), null);
        order.applyTotals(BigDecimal.ZERO, new BigDecimal("3.04"), BigDecimal.ZERO, true);
        order.applyPayments(new BigDecimal("19.90"), BigDecimal.ZERO);
        assertEquals(OrderPaymentStatus.PAID, order.getPaymentStatus());
        order.markRefunded();
        assertEquals(OrderPaymentStatus.REFUNDED, order.getPaymentStatus());
    }
}
