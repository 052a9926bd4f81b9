package pe.colca.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** Filters given as query parameters, read as text so a bad value is a 400 naming the parameter. */
public final class QueryValues {

    private QueryValues() {
    }

    /** Null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code true}/{@code false} (case-insensitive), null when absent. */
    public static Boolean bool(String name, String value, Map<String, String> errors, Locale locale) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        errors.put(name, ApiTexts.text(locale, "field.boolean"));
        return null;
    }

    /** One of the enum's names (case-insensitive), null when absent. */
    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type,
                                                    Map<String, String> errors, Locale locale) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        E parsed = JsonFields.parseEnum(type, text);
        if (parsed == null) {
            errors.put(name, JsonFields.enumMessage(type, locale));
        }
        return parsed;
    }

    /** A positive id (1 or more), null when absent; anything else puts {@code message} under the name. */
    public static Long positiveId(String name, String value, Map<String, String> errors, String message) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(name, message);
        return null;
    }

    /** A date {@code YYYY-MM-DD}, null when absent; anything else puts {@code message} under the name. */
    public static LocalDate date(String name, String value, Map<String, String> errors, String message) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(name, message);
            return null;
        }
    }

    /** A date {@code YYYY-MM-DD}, null when absent; anything else is {@code field.date}. */
    public static LocalDate date(String name, String value, Map<String, String> errors, Locale locale) {
        String text = text(value);
        return text == null ? null : date(name, text, errors, ApiTexts.text(locale, "field.date"));
    }
}
