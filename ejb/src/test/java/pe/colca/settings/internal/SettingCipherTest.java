package pe.colca.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingCipherTest {

    private final SettingCipher cipher = new SettingCipher("a-long-test-secret");

    @Test
    @DisplayName("a value round-trips; the stored text never contains it and differs each time (random nonce)")
    void roundTrip() {
        String first = cipher.encrypt("notification.sms.token", "s3cr3t-ñandú");
        String second = cipher.encrypt("notification.sms.token", "s3cr3t-ñandú");
        assertTrue(first.startsWith(SettingCipher.PREFIX));
        assertFalse(first.contains("s3cr3t"));
        assertNotEquals(first, second);
        assertEquals("s3cr3t-ñandú", cipher.decrypt("notification.sms.token", first));
        assertEquals("s3cr3t-ñandú", new SettingCipher("a-long-test-secret").decrypt("notification.sms.token", second));
    }

    @Test
    @DisplayName("another secret, another setting's key, a tampered or foreign value do not decrypt")
    void refusals() {
        String stored = cipher.encrypt("a.key", "value");
        assertThrows(IllegalArgumentException.class, () -> new SettingCipher("other").decrypt("a.key", stored));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("b.key", stored));
        char[] chars = stored.toCharArray();
        chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("a.key", new String(chars)));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("a.key", "plain text"));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("a.key", SettingCipher.PREFIX + "AAAA"));
    }

    @Test
    @DisplayName("the secret comes from COLCA_SETTINGS_KEY in the environment; unset, the development secret is used")
    void secretFromEnvironment() {
        try {
            pe.colca.security.SecretSource.useEnvironment(name -> null);
            String stored = SettingCipher.current().encrypt("k", "v");
            assertEquals("v", new SettingCipher(SettingCipher.DEV_SECRET).decrypt("k", stored));

            pe.colca.security.SecretSource.useEnvironment(
                    name -> "COLCA_SETTINGS_KEY".equals(name) ? "another-long-secret" : null);
            stored = SettingCipher.current().encrypt("k", "w");
            assertEquals("w", new SettingCipher("another-long-secret").decrypt("k", stored));
            String fromEnv = stored;
            assertThrows(IllegalArgumentException.class,
                    () -> new SettingCipher(SettingCipher.DEV_SECRET).decrypt("k", fromEnv));
        } finally {
            pe.colca.security.SecretSource.useEnvironment(null);
        }
    }
}
