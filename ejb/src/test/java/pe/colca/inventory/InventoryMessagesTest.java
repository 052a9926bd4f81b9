package pe.colca.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.BusinessException;
import pe.colca.inventory.location.LocationInactive;

/** The inventory texts exist in Spanish and English, and the refusals carry what the boundaries need. */
class InventoryMessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InventoryMessagesTest.class.getResourceAsStream(
                "/pe/colca/inventory/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    @DisplayName("default, es and en bundles have the same keys, all starting with inventory.")
    void sameKeys() throws IOException {
        Properties en = bundle("_en");
        assertEquals(en.keySet(), bundle("_es").keySet());
        assertEquals(en.keySet(), bundle("").keySet());
        en.keySet().forEach(k -> assertTrue(k.toString().startsWith("inventory."), k.toString()));
    }

    @Test
    @DisplayName("insufficient stock is a 409-kind refusal with a stable type and the available quantity")
    void stockInsufficient() {
        StockInsufficient e = new StockInsufficient(12, 3, 5, 2);
        assertEquals(BusinessException.Kind.CONFLICT, e.kind());
        assertEquals("insufficient-stock", e.type());
        assertEquals(2, e.available());
        assertEquals("Not enough stock: 5 unit(s) asked for, 2 available (variant 12, location 3).",
                e.localizedMessage(Locale.ENGLISH));
        assertTrue(e.getMessage().startsWith("Stock insuficiente"), e.getMessage());
        assertEquals(0, new StockInsufficient(1, 1, 1, -4).available(), "never negative");
        assertEquals(BusinessException.Kind.RULE, new LocationInactive("LIM-01").kind());
        assertEquals(BusinessException.Kind.NOT_FOUND, new ReservationNotFound(9).kind());
    }
}
