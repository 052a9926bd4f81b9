package pe.colca.settings;

import pe.colca.common.BusinessException;

/**
 * The code asked a setting for a type it does not hold ({@code Settings.integer} of a BOOLEAN), or
 * the stored text cannot be read as the row's type (written around the service). A bug or a bad
 * manual change, never user input: the value itself is not in the message (it may be a secret).
 */
public class SettingTypeMismatch extends BusinessException {

    private static final long serialVersionUID = 1L;

    private SettingTypeMismatch(String messageKey, Object... args) {
        super(Kind.RULE, "setting-type-mismatch", messageKey, args);
    }

    /** {@code key} holds {@code actual} values, the caller asked for {@code asked}. */
    public static SettingTypeMismatch asked(String key, SettingDataType actual, String asked) {
        return new SettingTypeMismatch("settings.typeMismatch", key, actual.name(), asked);
    }

    /** The stored text of {@code key} is not a valid {@code type} value. */
    public static SettingTypeMismatch unreadable(String key, SettingDataType type) {
        return new SettingTypeMismatch("settings.unreadable", key, type.name());
    }

    /** The encrypted value of {@code key} does not decrypt with the server's key (COLCA_SETTINGS_KEY changed?). */
    public static SettingTypeMismatch undecryptable(String key) {
        return new SettingTypeMismatch("settings.undecryptable", key);
    }
}
