package pe.colca.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    @DisplayName("Spanish accents are dropped, ñ becomes n, spaces and punctuation become single hyphens")
    void spanishNames() {
        assertEquals("cafe-organico-250-g", Slugs.of("Café Orgánico 250 g"));
        assertEquals("pina-y-nandu", Slugs.of("Piña y Ñandú"));
        assertEquals("polo-algodon-pima-talla-m", Slugs.of("  Polo algodón pima — talla «M»!! "));
        assertEquals("pinguino", Slugs.of("PINGÜINO"));
        assertEquals("a-b", Slugs.of("a___b"));
        assertEquals("item", Slugs.of("¡¿?!"));
        assertEquals("item", Slugs.of(null));
    }

    @Test
    @DisplayName("slugs are at most 200 characters and never end with a hyphen")
    void maxLength() {
        String slug = Slugs.of("a".repeat(199) + " b");
        assertEquals(199, slug.length());
        assertEquals(200, Slugs.of("x".repeat(300)).length());
    }

    @Test
    @DisplayName("a taken slug gets the first free suffix -2, -3…")
    void uniqueSuffix() {
        assertEquals("cafe", Slugs.unique("cafe", Set.of("te")::contains));
        assertEquals("cafe-2", Slugs.unique("cafe", Set.of("cafe")::contains));
        assertEquals("cafe-4", Slugs.unique("cafe", Set.of("cafe", "cafe-2", "cafe-3")::contains));
        String longBase = "y".repeat(200);
        String unique = Slugs.unique(longBase, Set.of(longBase)::contains);
        assertEquals(200, unique.length());
        assertTrue(unique.endsWith("-2"));
    }

    @Test
    @DisplayName("a user-typed slug must be lower case words joined by single hyphens")
    void wellFormed() {
        assertTrue(Slugs.isWellFormed("cafe-organico-2"));
        assertFalse(Slugs.isWellFormed("Café"));
        assertFalse(Slugs.isWellFormed("-cafe"));
        assertFalse(Slugs.isWellFormed("cafe--organico"));
        assertFalse(Slugs.isWellFormed(""));
    }
}
