package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    enum Kind { STORE, WAREHOUSE }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void readsRightTypes() {
        JsonFields f = new JsonFields(json("{\"code\":\"A\",\"active\":false,\"type\":\"store\",\"address\":null}"),
                Locale.ENGLISH);
        assertEquals("A", f.string("code"));
        assertEquals(false, f.bool("active", true));
        assertEquals(true, f.bool("missing", true));
        assertEquals(Kind.STORE, f.enumeration("type", Kind.class));
        assertNull(f.string("address"));
        f.refuseUnknown(Set.of("code", "active", "type", "address"), Set.of());
        assertEquals(Set.of(), f.errors().keySet());
    }

    @Test
    void namesEveryWrongType() {
        JsonFields f = new JsonFields(json("{\"code\":5,\"active\":\"yes\",\"type\":\"SHOP\",\"allowSales\":true,"
                + "\"version\":3}"), Locale.ENGLISH);
        f.string("code");
        f.bool("active", true);
        f.enumeration("type", Kind.class);
        f.refuseUnknown(Set.of("code", "active", "type"), Set.of("version"));
        assertEquals(Set.of("code", "active", "type", "allowSales"), f.errors().keySet());
        assertEquals("Must be one of: STORE, WAREHOUSE.", f.errors().get("type"));
        assertEquals("Must be true or false.", f.errors().get("active"));
    }
}
