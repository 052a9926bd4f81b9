package pe.colca.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    @DisplayName("texts come in Spanish by default and in English on request, with entity names resolved")
    void bilingual() {
        assertEquals("No se encontró el local (7); es posible que haya sido eliminado.",
                Messages.format(null, "error.notFound", "entity.location", 7));
        assertEquals("Could not find the location (7); it may have been deleted.",
                Messages.format(Locale.ENGLISH, "error.notFound", "entity.location", 7));
    }

    @Test
    @DisplayName("an unknown key comes back as itself instead of failing")
    void unknownKey() {
        assertEquals("catalog.nothing.here", Messages.format(Locale.ENGLISH, "catalog.nothing.here"));
    }
}
