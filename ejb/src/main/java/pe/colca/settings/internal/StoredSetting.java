package pe.colca.settings.internal;

import pe.colca.settings.SettingDataType;

/** A row of {@code system_settings} as the cache keeps it (the value as stored: ciphertext when encrypted). */
public record StoredSetting(String key, SettingDataType dataType, String value, boolean encrypted) {
}
