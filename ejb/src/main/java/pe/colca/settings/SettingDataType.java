package pe.colca.settings;

/**
 * The type of a setting's value, which is always stored as text; {@link SettingValues} parses and
 * checks it. The typed getters of {@link Settings} read only the matching type.
 */
public enum SettingDataType {
    STRING,
    /** A whole number ({@code -?[0-9]+}, fits an {@code int}). */
    INTEGER,
    /** A decimal number with a dot ({@code 0.18}). */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A JSON document, checked to be well-formed when written. */
    JSON,
    /** A time of day, {@code HH:MM} 24 h (V11), in the business time zone. */
    TIME;

    /** Whether {@code value} can be read as this type (null means "not set" and is always accepted). */
    public boolean accepts(String value) {
        return value == null || SettingValues.readable(this, value);
    }
}
