package pe.colca.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditChain.Content row(String newValues) {
        return new AuditChain.Content(51, 3, 7L, "UPDATE", "locations", "12", "{\"name\": \"A\"}", newValues,
                "10.0.0.1", "req-1", 1_764_000_000_123_456L);
    }

    @Test
    @DisplayName("the hash is SHA-256 hex of the length-prefixed canonical form, and changes with any field or link")
    void hash() {
        String h = AuditChain.hash(row("{\"name\": \"B\"}"), AuditChain.GENESIS);
        assertEquals(64, h.length());
        assertEquals(h, AuditChain.hash(row("{\"name\": \"B\"}"), AuditChain.GENESIS), "deterministic");
        assertNotEquals(h, AuditChain.hash(row("{\"name\": \"C\"}"), AuditChain.GENESIS));
        assertNotEquals(h, AuditChain.hash(row("{\"name\": \"B\"}"), "1".repeat(64)));
        assertEquals("v1|2:51|1:3|1:7|6:UPDATE|9:locations|2:12|13:{\"name\": \"A\"}|-|8:10.0.0.1|5:req-1"
                + "|16:1764000000123456|1:x", AuditChain.canonical(row(null), "x"));
    }

    @Test
    @DisplayName("null and the text '-' are different, so are values that would move a separator")
    void unambiguous() {
        AuditChain.Content a = new AuditChain.Content(1, 1, null, "A|B", null, null, null, null, null, null, 0);
        AuditChain.Content b = new AuditChain.Content(1, 1, null, "A", "B", null, null, null, null, null, 0);
        assertNotEquals(AuditChain.hash(a, AuditChain.GENESIS), AuditChain.hash(b, AuditChain.GENESIS));
        AuditChain.Content dash = new AuditChain.Content(1, 1, null, "A", "-", null, null, null, null, null, 0);
        AuditChain.Content none = new AuditChain.Content(1, 1, null, "A", null, null, null, null, null, null, 0);
        assertNotEquals(AuditChain.hash(dash, AuditChain.GENESIS), AuditChain.hash(none, AuditChain.GENESIS));
    }
}
