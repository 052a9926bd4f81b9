package pe.colca.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * What the command-line rotations of {@code COLCA_SETTINGS_KEY} share ({@code rotate-settings-key.sh}
 * runs each area's rotation with the server stopped): the two secrets and the database, both from the
 * environment the server itself reads.
 */
public final class OfflineKeyRotation {

    private OfflineKeyRotation() {
    }

    /** The secret being replaced and its replacement. */
    public record Keys(String previous, String next) {
    }

    /** Both secrets, or the usage on standard error and exit status 2. */
    public static Keys keysOrExit() {
        String previous = SecretSource.previousSettingsKey();
        String next = System.getenv(SecretSource.SETTINGS_KEY);
        if (previous == null || next == null || next.isEmpty()) {
            System.err.println("set COLCA_SETTINGS_KEY_PREVIOUS (the old secret) and COLCA_SETTINGS_KEY (the new one)");
            System.exit(2);
        }
        return new Keys(previous, next);
    }

    /** The database as the server reaches it: COLCA_DB_HOST, _PORT, _NAME, _USER and the password's source. */
    public static Connection database() throws SQLException {
        String url = "jdbc:postgresql://" + env("COLCA_DB_HOST", "127.0.0.1") + ":" + env("COLCA_DB_PORT", "5433")
                + "/" + env("COLCA_DB_NAME", "colca");
        return DriverManager.getConnection(url, env("COLCA_DB_USER", "colca"), env(SecretSource.DB_PASSWORD, "colca"));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
