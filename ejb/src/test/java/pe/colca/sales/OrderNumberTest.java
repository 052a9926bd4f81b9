package pe.colca.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderNumberTest {

    @Test
    @DisplayName("store code, Lima date and a six-digit sequence (more digits after 999,999)")
    void format() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertEquals("LIM1-20261203-000123", OrderNumber.of("LIM1", day, 123).value());
        assertEquals("LIM-01-20261203-000001", OrderNumber.of("LIM-01", day, 1).value());
        assertEquals("LIM-01-20261203-1000000", OrderNumber.of("LIM-01", day, 1_000_000).value());
    }

    @Test
    @DisplayName("a code fits when the number stays within orders.order_number's 30 characters")
    void fits() {
        assertTrue(OrderNumber.fits("ABCDEFGHIJKLMN"), "14 + 16 = 30");
        assertFalse(OrderNumber.fits("ABCDEFGHIJKLMNO"), "15 + 16 = 31");
        assertFalse(OrderNumber.fits(""));
        assertFalse(OrderNumber.fits(null));
        assertEquals(30, OrderNumber.of("ABCDEFGHIJKLMN", LocalDate.of(2026, 1, 1), 1).value().length());
    }
}
