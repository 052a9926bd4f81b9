package pe.colca.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void unsetFiltersAddNothing() {
        Where where = new Where().andIf(null, "m.type = :type", "type").andContains("  ", "m.sku LIKE :t", "t");
        assertEquals(" WHERE 1 = 1", where.toString());
    }

    @Test
    void setFiltersAddTheirConditionsInOrder() {
        Where where = new Where().andIf(7L, "m.variantId = :variant", "variant").and("m.active")
                .andContains("Polo", "lower(m.sku) LIKE :text ESCAPE '!'", "text");
        assertEquals(" WHERE 1 = 1 AND m.variantId = :variant AND m.active AND lower(m.sku) LIKE :text ESCAPE '!'",
                where.toString());
    }

    @Test
    void containingEscapesTheTextsOwnWildcards() {
        assertEquals("%50!% off!_x!!%", Where.containing(" 50% OFF_x! "));
    }

    @Test
    void aPageThatIsNotFullIsItsOwnTotal() {
        assertEquals(3, Where.total(3, new PageRequest(0, 5, null, true), () -> fail("no count query")));
        assertEquals(42, Where.total(2, new PageRequest(40, 20, null, true), () -> fail("no count query")));
        assertEquals(0, Where.total(0, new PageRequest(0, 20, null, true), () -> fail("no count query")));
    }

    @Test
    void aFullPageOrAPagePastTheEndAsksTheCount() {
        assertEquals(57, Where.total(5, new PageRequest(0, 5, null, true), () -> 57));
        assertEquals(57, Where.total(0, new PageRequest(100, 20, null, true), () -> 57));
    }
}
