package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.colca.common.PageRequest;

class PagingTest {

    private static final Set<String> SORTABLE = Set.of("code", "name");

    @Test
    void defaults() {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(new PageParams(), SORTABLE, "code", errors, Locale.ENGLISH);
        assertTrue(errors.isEmpty());
        assertEquals(new PageRequest(0, 20, "code", true), page);
    }

    @Test
    void explicitValues() {
        Map<String, String> errors = new LinkedHashMap<>();
        PageRequest page = Paging.request(new PageParams("40", "200", "name", "DESC"), SORTABLE, "code", errors,
                Locale.ENGLISH);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(new PageRequest(40, 200, "name", false), page);
    }

    @Test
    void everyBadValueIsNamed() {
        Map<String, String> errors = new LinkedHashMap<>();
        Paging.request(new PageParams("-1", "201", "price", "up"), SORTABLE, "code", errors, Locale.ENGLISH);
        assertEquals(Set.of("offset", "limit", "sort", "order"), errors.keySet());
        assertEquals("Must be between 1 and 200.", errors.get("limit"));
        assertEquals("Sortable by: code, name.", errors.get("sort"));

        for (String limit : new String[] {"0", "abc", "1.5", "99999999999"}) {
            Map<String, String> e = new LinkedHashMap<>();
            Paging.request(new PageParams(null, limit, null, null), SORTABLE, "code", e, Locale.ENGLISH);
            assertFalse(e.isEmpty(), limit);
        }
    }
}
