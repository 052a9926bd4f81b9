package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryValuesTest {

    @Test
    void positiveIds() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertEquals(12L, QueryValues.positiveId("orderId", " 12 ", errors, "bad"));
        assertNull(QueryValues.positiveId("orderId", null, errors, "bad"));
        assertNull(QueryValues.positiveId("orderId", " ", errors, "bad"));
        assertTrue(errors.isEmpty());
        for (String bad : new String[] {"0", "-3", "abc", "1.5", "99999999999999999999"}) {
            Map<String, String> refused = new LinkedHashMap<>();
            assertNull(QueryValues.positiveId("orderId", bad, refused, "bad"), bad);
            assertEquals(Map.of("orderId", "bad"), refused, bad);
        }
    }

    @Test
    void dates() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertEquals(LocalDate.of(2026, 3, 1), QueryValues.date("from", "2026-03-01", errors, Locale.ENGLISH));
        assertNull(QueryValues.date("from", "", errors, Locale.ENGLISH));
        assertTrue(errors.isEmpty());
        assertNull(QueryValues.date("to", "2026-02-30", errors, Locale.ENGLISH));
        assertNull(QueryValues.date("from", "01/03/2026", errors, "own text"));
        assertEquals(Map.of("to", "Must be a date YYYY-MM-DD.", "from", "own text"), errors);
    }
}
