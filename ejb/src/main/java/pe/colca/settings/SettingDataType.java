package pe.colca.settings;

import java.math.BigDecimal;

/** The type of a setting's value, which is always stored as text. */
public enum SettingDataType {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    /** A JSON document; its syntax is checked where it is parsed. */
    JSON;

    /** Whether {@code value} can be read as this type (null means "not set" and is always accepted). */
    public boolean accepts(String value) {
        if (value == null) {
            return true;
        }
        String v = value.strip();
        try {
            return switch (this) {
                case STRING -> true;
                case INTEGER -> {
                    Integer.parseInt(v);
                    yield true;
                }
                case DECIMAL -> {
                    new BigDecimal(v);
                    yield true;
                }
                case BOOLEAN -> v.equals("true") || v.equals("false");
                case JSON -> !v.isEmpty();
            };
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
