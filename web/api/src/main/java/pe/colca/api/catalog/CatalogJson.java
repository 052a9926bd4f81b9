package pe.colca.api.catalog;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import pe.colca.api.JsonFields;
import pe.colca.catalog.TaxAffectation;
import pe.colca.common.Messages;

/**
 * Strict reading of the members {@link JsonFields} has no method for (numbers, ids, objects, SUNAT
 * tax codes); errors go into the same {@code JsonFields}, so the client gets all of them at once.
 */
final class CatalogJson {

    private CatalogJson() {
    }

    /** A JSON number (or a numeric string, as some clients send money), null when absent or null. */
    static BigDecimal decimal(JsonObject body, String name, JsonFields fields, Locale locale) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (value instanceof JsonString s && !s.getString().isBlank()) {
                return new BigDecimal(s.getString().strip());
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        fields.error(name, Messages.format(locale, "catalog.field.number"));
        return null;
    }

    /** A whole JSON number, null when absent or null. */
    static Long id(JsonObject body, String name, JsonFields fields, Locale locale) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.bigIntegerValueExact().longValueExact();
            } catch (ArithmeticException e) {
                // too large
            }
        }
        fields.error(name, Messages.format(locale, "catalog.field.integer"));
        return null;
    }

    /** A JSON object as plain Java values (String, BigDecimal, Boolean, List, Map), null when absent or null. */
    static Map<String, Object> object(JsonObject body, String name, JsonFields fields, Locale locale) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonObject o) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) java(o);
            return map;
        }
        fields.error(name, Messages.format(locale, "catalog.field.object"));
        return null;
    }

    /** The members of an array that are objects; other members are an error. Null when absent. */
    static List<JsonObject> objects(JsonObject body, String name, JsonFields fields, Locale locale) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonObject)) {
            return array.getValuesAs(JsonObject.class);
        }
        fields.error(name, Messages.format(locale, "catalog.field.array"));
        return null;
    }

    /** A SUNAT catalog 07 code ("10"), or {@code fallback} when absent. */
    static TaxAffectation taxCode(JsonObject body, String name, TaxAffectation fallback, JsonFields fields,
                                  Locale locale) {
        String code = fields.string(name);
        if (code == null) {
            return body.containsKey(name) && body.get(name).getValueType() != JsonValue.ValueType.NULL ? null : fallback;
        }
        for (TaxAffectation t : TaxAffectation.values()) {
            if (t.code().equals(code.strip())) {
                return t;
            }
        }
        fields.error(name, Messages.format(locale, "catalog.field.taxCode",
                Arrays.stream(TaxAffectation.values()).map(TaxAffectation::code).collect(Collectors.joining(", "))));
        return null;
    }

    static Object java(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(java(v)));
                yield list;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, java(v)));
                yield map;
            }
        };
    }

    /**
     * A number as Jackson reads it back from jsonb (Integer, Long, BigInteger or Double), so a stored
     * attribute map equals the one given and Hibernate does not see it as changed at every flush.
     */
    private static Object number(JsonNumber n) {
        if (n.isIntegral()) {
            java.math.BigInteger big = n.bigIntegerValue();
            if (big.bitLength() < 32) {
                return big.intValue();
            }
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        return n.doubleValue();
    }

    /** The instant as PostgreSQL keeps it (microseconds), so POST/PUT answers equal a later GET. */
    static Instant stored(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
