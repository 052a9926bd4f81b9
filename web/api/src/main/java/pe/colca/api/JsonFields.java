package pe.colca.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Strict reading of a JSON request body. JSON-B would quietly turn {@code "active": "yes"} into
 * false and ignore a misspelt property; here every wrong type and every unknown property becomes a
 * field error, collected so the client learns about all of them at once.
 */
public final class JsonFields {

    private final JsonObject body;
    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public JsonFields(JsonObject body, Locale locale) {
        this.body = body;
        this.locale = locale;
    }

    /** Text, or null when absent or null. */
    public String string(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        errors.put(name, ApiTexts.text(locale, "field.string"));
        return null;
    }

    /** true/false, or {@code fallback} when absent or null. */
    public Boolean bool(String name, Boolean fallback) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        errors.put(name, ApiTexts.text(locale, "field.boolean"));
        return fallback;
    }

    /** One of the enum's names (case-insensitive), or null when absent or null. */
    public <E extends Enum<E>> E enumeration(String name, Class<E> type) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        E parsed = value instanceof JsonString s ? parseEnum(type, s.getString()) : null;
        if (parsed == null) {
            errors.put(name, enumMessage(type, locale));
        }
        return parsed;
    }

    /** Every property must be one of {@code known}; read-only ones ({@code ignored}) are allowed and skipped. */
    public void refuseUnknown(Set<String> known, Set<String> ignored) {
        for (String name : body.keySet()) {
            if (!known.contains(name) && !ignored.contains(name)) {
                errors.putIfAbsent(name, ApiTexts.text(locale, "field.unknown"));
            }
        }
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }

    public static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        return null;
    }

    public static String enumMessage(Class<? extends Enum<?>> type, Locale locale) {
        return ApiTexts.text(locale, "field.enum", Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
