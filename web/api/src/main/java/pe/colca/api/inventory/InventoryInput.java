package pe.colca.api.inventory;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import pe.colca.api.ApiTexts;
import pe.colca.api.JsonFields;
import pe.colca.api.QueryValues;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.inventory.ReservationRequest;
import pe.colca.inventory.StockAdjustment;
import pe.colca.inventory.StockChange;

/**
 * Strict reading of the inventory request bodies (wrong JSON types and unknown members are field
 * errors, all reported at once together with the rules of the domain records), so bad input is a
 * 400 and nothing is written.
 */
final class InventoryInput {

    static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final Set<String> CHANGE = Set.of("variantId", "locationId", "quantity", "referenceDoc", "notes");
    private static final Set<String> ADJUSTMENT = Set.of("variantId", "locationId", "quantity", "reason",
            "referenceDoc");
    private static final Set<String> RESERVATION = Set.of("variantId", "locationId", "quantity", "sessionId",
            "ttlSeconds");

    private InventoryInput() {
    }

    static StockChange change(JsonObject body, Validator validator, Locale locale) {
        Reader r = new Reader(body, locale);
        StockChange change = new StockChange(r.longNumber("variantId"), r.integer("locationId"), r.integer("quantity"),
                r.fields.string("referenceDoc"), r.fields.string("notes"));
        return r.finish(CHANGE, change, validator);
    }

    static StockAdjustment adjustment(JsonObject body, Validator validator, Locale locale) {
        Reader r = new Reader(body, locale);
        StockAdjustment adjustment = new StockAdjustment(r.longNumber("variantId"), r.integer("locationId"),
                r.integer("quantity"), r.fields.string("reason"), r.fields.string("referenceDoc"));
        return r.finish(ADJUSTMENT, adjustment, validator);
    }

    static ReservationRequest reservation(JsonObject body, Validator validator, Locale locale) {
        Reader r = new Reader(body, locale);
        ReservationRequest request = new ReservationRequest(r.longNumber("variantId"), r.integer("locationId"),
                r.integer("quantity"), r.fields.string("sessionId"), r.integer("ttlSeconds"));
        return r.finish(RESERVATION, request, validator);
    }

    /** The optional body of extend: {@code {"ttlSeconds": 600}} or nothing. */
    static Integer ttl(JsonObject body, Locale locale) {
        if (body == null) {
            return null;
        }
        Reader r = new Reader(body, locale);
        Integer ttl = r.integer("ttlSeconds");
        r.fields.refuseUnknown(Set.of("ttlSeconds"), Set.of());
        if (r.fields.hasErrors()) {
            throw new InvalidInput(r.fields.errors());
        }
        return ttl;
    }

    /** The optional body of convert: {@code {"referenceDoc": "B001-123"}} or nothing. */
    static String referenceDoc(JsonObject body, Locale locale) {
        if (body == null) {
            return null;
        }
        JsonFields fields = new JsonFields(body, locale);
        String doc = fields.string("referenceDoc");
        fields.refuseUnknown(Set.of("referenceDoc"), Set.of());
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return doc;
    }

    /** A query parameter instant: ISO-8601 instant ({@code 2026-11-25T10:00:00Z}) or a date (midnight in Lima). */
    static Instant instant(String name, String value, Map<String, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(LIMA).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(name, Messages.format(locale, "inventory.api.instant"));
            return null;
        }
    }

    /** A query parameter id (positive). */
    static Long id(String name, String value, Map<String, String> errors, Locale locale) {
        return QueryValues.positiveId(name, value, errors, ApiTexts.text(locale, "field.min", "1"));
    }

    static final class Reader {

        final JsonObject body;
        final Locale locale;
        final JsonFields fields;

        Reader(JsonObject body, Locale locale) {
            if (body == null) {
                throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
            }
            this.body = body;
            this.locale = locale;
            this.fields = new JsonFields(body, locale);
        }

        Long longNumber(String name) {
            return number(name, () -> {
                JsonNumber n = (JsonNumber) body.get(name);
                return n.longValueExact();
            });
        }

        Integer integer(String name) {
            return number(name, () -> {
                JsonNumber n = (JsonNumber) body.get(name);
                return n.intValueExact();
            });
        }

        private <T> T number(String name, Supplier<T> read) {
            JsonValue value = body.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.NUMBER) {
                fields.error(name, ApiTexts.text(locale, "field.integer"));
                return null;
            }
            try {
                return read.get();
            } catch (ArithmeticException e) {
                fields.error(name, ApiTexts.text(locale, "field.integer"));
                return null;
            }
        }

        <T> T finish(Set<String> members, T data, Validator validator) {
            fields.refuseUnknown(members, Set.of());
            if (fields.hasErrors()) {
                Map<String, String> errors = new LinkedHashMap<>();
                try {
                    Checks.valid(validator, data, locale);
                } catch (InvalidInput rules) {
                    errors.putAll(rules.fieldErrors());
                }
                errors.putAll(fields.errors());
                throw new InvalidInput(errors);
            }
            return Checks.valid(validator, data, locale);
        }
    }
}
