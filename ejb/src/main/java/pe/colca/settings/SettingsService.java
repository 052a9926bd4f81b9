package pe.colca.settings;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * The settings screen and API: list, read and change system settings. Reading needs
 * {@code settings.view}, changing {@code settings.edit}. Code that only uses a setting reads it
 * through {@link Settings} instead (typed, cached, no permission).
 */
@Local
public interface SettingsService {

    /** A page of settings in key order (so a group's settings are together); sort {@code key}, {@code dataType}, {@code updatedAt}. */
    Page<SettingEntry> search(SettingFilter filter, PageRequest page);

    /** The groups (key prefixes) that have settings, in order. */
    List<String> groups();

    /** @throws SettingMissing when no setting has this key */
    SettingEntry get(String key);

    /**
     * Writes a new value if nobody changed the setting since {@code expectedVersion} was read: checked
     * against the data type ({@link SettingValues}), encrypted when the setting is marked so, stamped
     * with the caller and the time, audited (an encrypted value never in clear), and visible to
     * {@link Settings} on this node at once.
     *
     * @throws SettingMissing when no setting has this key
     * @throws pe.colca.common.InvalidInput on field {@code value} when it does not fit the type
     * @throws pe.colca.common.StaleVersion when the version does not match
     */
    SettingEntry update(String key, long expectedVersion, String value);
}
