package pe.colca.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.colca.inventory.count.CountCorrections;
import pe.colca.inventory.count.CountLine;
import pe.colca.inventory.count.CountStatus;
import pe.colca.inventory.count.InventoryCountLine;

/** The difference rules of a count line (docs/inventory-counts.md). */
class CountDifferenceTest {

    private static CountLine line(Integer system, Integer counted, int onHandNow, String cost) {
        return new CountLine(1, 1, "SKU", null, "Polo", null, null, system, counted, onHandNow,
                cost == null ? null : new BigDecimal(cost), null, null);
    }

    @Test
    void firstCountFreezesTheSystemQuantityAndLaterScansAddUp() {
        InventoryCountLine line = new InventoryCountLine(1L, 2L);
        assertFalse(line.isCounted());
        assertEquals(0, line.difference());
        line.add(1, 10, 7L);
        line.add(1, 9, 7L);   // a sale happened between the two scans: the system quantity stays 10
        line.add(5, 4, 7L);
        assertEquals(10, line.getSystemQuantity());
        assertEquals(7, line.getCountedQuantity());
        assertEquals(-3, line.difference());
        line.set(12, 0, 8L);
        assertEquals(10, line.getSystemQuantity());
        assertEquals(2, line.difference());
        assertEquals(8L, line.getCountedBy());
    }

    @Test
    void negativeOrHugeCountsAreRefused() {
        InventoryCountLine line = new InventoryCountLine(1L, 2L);
        assertThrows(IllegalArgumentException.class, () -> line.set(-1, 3, null));
        assertThrows(IllegalArgumentException.class, () -> line.set(InventoryCountLine.MAX_QUANTITY + 1, 3, null));
        assertFalse(line.isCounted());
    }

    @Test
    void salesAfterTheLineWasCountedAreNotADiscrepancy() {
        // counted 8 when the system said 10; since then 3 units were sold (on hand now 7)
        CountLine counted = line(10, 8, 7, "8.50");
        assertEquals(10, counted.system());
        assertEquals(-2, counted.difference());
        assertEquals(-2, counted.correction(false));
        assertEquals(-2, counted.correction(true));
        // the new on hand after approval: 7 - 2 = 5 = 8 counted - 3 sold
        assertEquals(5, counted.onHandNow() + counted.correction(false));
        assertEquals(new BigDecimal("-17.00"), counted.correctionValue(false));
    }

    @Test
    void uncountedLinesAreLeftAloneUnlessConfirmedAsZero() {
        CountLine uncounted = line(null, null, 6, "2.00");
        assertNull(uncounted.difference());
        assertEquals(6, uncounted.system());
        assertEquals(0, uncounted.correction(false));
        assertEquals(-6, uncounted.correction(true));
    }

    @Test
    void correctionsAddUpUnitsAndValueAtCost() {
        List<CountLine> lines = List.of(line(10, 12, 10, "8.50"), line(5, 4, 5, "10.00"), line(3, 3, 3, "1.00"),
                line(null, null, 2, null), line(null, null, 4, "2.50"));
        CountCorrections kept = CountCorrections.of(lines, false);
        assertEquals(2, kept.correctedLines());
        assertEquals(2, kept.unitsIn());
        assertEquals(1, kept.unitsOut());
        assertEquals(new BigDecimal("17.00"), kept.valueIn());
        assertEquals(new BigDecimal("10.00"), kept.valueOut());
        assertEquals(2, kept.uncountedLines());
        assertEquals(1, kept.netUnits());
        assertEquals(new BigDecimal("7.00"), kept.netValue());

        CountCorrections zeroed = CountCorrections.of(lines, true);
        assertEquals(4, zeroed.correctedLines());
        assertEquals(7, zeroed.unitsOut());
        assertEquals(new BigDecimal("20.00"), zeroed.valueOut());   // 10.00 + 4 × 2.50 (no cost: 0)
        assertTrue(zeroed.uncountedAsZero());
    }

    @Test
    void onlyUnfinishedCountsBlockANewOne() {
        assertTrue(CountStatus.OPEN.unfinished());
        assertTrue(CountStatus.SUBMITTED.unfinished());
        assertFalse(CountStatus.APPROVED.unfinished());
        assertFalse(CountStatus.CANCELLED.unfinished());
    }
}
