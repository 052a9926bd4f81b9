package pe.colca.settings;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Typed reads of the system settings for the code of every area (no permission needed: it is the
 * server reading its own configuration). Values come from a per-node cache that is at most
 * {@value #CACHE_SECONDS} seconds old and is dropped on this node as soon as a setting is written
 * through {@link SettingsService}; another node sees the change within those seconds.
 *
 * <p>Every getter checks the row's data type and throws {@link SettingMissing} for an unknown key
 * (or a setting without a value) and {@link SettingTypeMismatch} for a type that does not fit or a
 * stored text that cannot be read as its type.
 */
@Local
public interface Settings {

    /** How old a cached value may be (another node's change shows within this time). */
    int CACHE_SECONDS = 5;

    /** A DECIMAL setting; an INTEGER one is read as a decimal too. */
    BigDecimal decimal(String key);

    /** An INTEGER setting. */
    int integer(String key);

    /**
     * An INTEGER setting whose key names its unit: {@code _seconds}, {@code _minutes}, {@code _hours}
     * or {@code _days} ({@code inventory.reservation.ttl_minutes}).
     */
    Duration duration(String key);

    /** A TIME setting ({@code HH:MM}). */
    LocalTime localTime(String key);

    /** A BOOLEAN setting. */
    boolean bool(String key);

    /** A STRING or JSON setting; an encrypted one is returned decrypted (only to the code, never shown). */
    String text(String key);
}
