package pe.colca.settings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.security.OfflineKeyRotation;

/**
 * Rotation of {@code COLCA_SETTINGS_KEY}: re-encrypts every stored encrypted setting from the previous
 * secret ({@code COLCA_SETTINGS_KEY_PREVIOUS}) to the new one ({@code COLCA_SETTINGS_KEY}) in one database
 * transaction. Run by {@code wildfly-config/rotate-settings-key.sh} with the server stopped (or before
 * it is restarted with the new secret); see docs/security-hardening.md. Running it twice is harmless:
 * a value that already decrypts with the new secret is left alone, and a value that decrypts with
 * neither stops the rotation before anything is written.
 */
public final class SettingKeyRotation {

    private SettingKeyRotation() {
    }

    /**
     * The new stored values of the settings whose value must change (setting key → new ciphertext).
     *
     * @throws IllegalArgumentException naming the setting when a value decrypts with neither secret
     */
    static Map<String, String> reencrypt(Map<String, String> stored, SettingCipher from, SettingCipher to) {
        Map<String, String> changed = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            try {
                to.decrypt(key, value);
                return; // already under the new secret
            } catch (IllegalArgumentException notYet) {
                // rotated below
            }
            String plain;
            try {
                plain = from.decrypt(key, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("setting " + key
                        + " decrypts with neither COLCA_SETTINGS_KEY_PREVIOUS nor COLCA_SETTINGS_KEY; nothing was changed", e);
            }
            changed.put(key, to.encrypt(key, plain));
        });
        return changed;
    }

    /** {@code java -cp colca-ejb.jar:postgresql.jar pe.colca.settings.internal.SettingKeyRotation} (environment: COLCA_DB_*, both keys). */
    public static void main(String[] args) throws SQLException {
        OfflineKeyRotation.Keys keys = OfflineKeyRotation.keysOrExit();
        try (Connection db = OfflineKeyRotation.database()) {
            db.setAutoCommit(false);
            Map<String, String> stored = new LinkedHashMap<>();
            try (PreparedStatement read = db.prepareStatement("SELECT setting_key, value FROM system_settings "
                    + "WHERE is_encrypted AND value IS NOT NULL ORDER BY setting_key FOR UPDATE");
                 ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString("setting_key"), rows.getString("value"));
                }
            }
            Map<String, String> changed;
            try {
                changed = reencrypt(stored, new SettingCipher(keys.previous()), new SettingCipher(keys.next()));
            } catch (IllegalArgumentException e) {
                db.rollback();
                System.err.println(e.getMessage());
                System.exit(1);
                return;
            }
            try (PreparedStatement write = db.prepareStatement("UPDATE system_settings SET value = ?, "
                    + "version = version + 1, updated_at = now() WHERE setting_key = ?")) {
                for (Map.Entry<String, String> c : changed.entrySet()) {
                    write.setString(1, c.getValue());
                    write.setString(2, c.getKey());
                    write.addBatch();
                }
                write.executeBatch();
            }
            db.commit();
            System.out.println("re-encrypted " + changed.size() + " of " + stored.size()
                    + " encrypted settings with the new COLCA_SETTINGS_KEY");
        }
    }
}
