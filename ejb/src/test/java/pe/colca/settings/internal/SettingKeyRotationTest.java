package pe.colca.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingKeyRotationTest {

    private final SettingCipher old = new SettingCipher("the-old-secret-0123456789");
    private final SettingCipher next = new SettingCipher("the-new-secret-9876543210");

    @Test
    @DisplayName("values under the old secret are re-encrypted, values already rotated are left alone")
    void rotates() {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("sunat.sol.password", old.encrypt("sunat.sol.password", "s3cret"));
        stored.put("already.rotated", next.encrypt("already.rotated", "x"));

        Map<String, String> changed = SettingKeyRotation.reencrypt(stored, old, next);

        assertEquals(1, changed.size());
        assertEquals("s3cret", next.decrypt("sunat.sol.password", changed.get("sunat.sol.password")));
        assertTrue(SettingKeyRotation.reencrypt(Map.of("sunat.sol.password", changed.get("sunat.sol.password")),
                old, next).isEmpty(), "a second run changes nothing");
    }

    @Test
    @DisplayName("a value that decrypts with neither secret stops the rotation, naming the setting")
    void refusesForeign() {
        SettingCipher other = new SettingCipher("some-third-secret");
        Map<String, String> stored = Map.of("k", other.encrypt("k", "v"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SettingKeyRotation.reencrypt(stored, old, next));
        assertTrue(e.getMessage().contains("setting k"), e.getMessage());
    }
}
