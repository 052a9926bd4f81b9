package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void readsTheVersionOfIfMatch() {
        assertEquals(3, ETags.requiredVersion("\"3\"", Locale.ENGLISH));
        assertEquals(3, ETags.requiredVersion(" W/\"3\" ", Locale.ENGLISH));
        assertEquals(0, ETags.requiredVersion("0", Locale.ENGLISH));
    }

    @Test
    void missingIs428AndGarbageIs400() {
        assertEquals(428, assertThrows(ApiProblem.class, () -> ETags.requiredVersion(null, Locale.ENGLISH)).status());
        assertEquals(428, assertThrows(ApiProblem.class, () -> ETags.requiredVersion(" ", Locale.ENGLISH)).status());
        for (String bad : new String[] {"*", "\"abc\"", "\"-1\"", "\"1\", \"2\"", "\"\"", "\"99999999999999999999\""}) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> ETags.requiredVersion(bad, Locale.ENGLISH), bad);
            assertEquals(400, problem.status(), bad);
            assertEquals("invalid-if-match", problem.type());
        }
    }

    @Test
    void ifNoneMatch() {
        assertTrue(ETags.matches("\"4\"", 4));
        assertTrue(ETags.matches("\"1\", W/\"4\"", 4));
        assertTrue(ETags.matches("*", 4));
        assertFalse(ETags.matches("\"3\"", 4));
        assertFalse(ETags.matches(null, 4));
    }

    @Test
    void updateReadsIfMatchFirstAndTagsTheAnswer() {
        long[] seen = new long[1];
        jakarta.ws.rs.core.Response answer = ETags.update("\"3\"", Locale.ENGLISH, v -> {
            seen[0] = v;
            return v + 1;
        }, v -> "view " + v, v -> v);
        assertEquals(3, seen[0]);
        assertEquals(200, answer.getStatus());
        assertEquals("view 4", answer.getEntity());
        assertEquals(ETags.of(4), answer.getEntityTag());
        ApiProblem missing = assertThrows(ApiProblem.class, () -> ETags.update(null, Locale.ENGLISH, v -> {
            throw new AssertionError("no change without If-Match");
        }, v -> v, v -> 0L));
        assertEquals(428, missing.status());
    }
}
