package pe.colca.api.payment;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.payment.CashMovementType;

/**
 * Strict reading of the cash request bodies: wrong JSON types and unknown members are field errors, all
 * reported at once (400), and nothing is written. The rules of the values (amounts, reasons,
 * denominations) are the service's and answer the same way.
 */
final class CashApiInput {

    record Opening(Long locationId, BigDecimal startingCash) {
    }

    record Movement(CashMovementType type, BigDecimal amount, String reason) {
    }

    private CashApiInput() {
    }

    static Opening opening(JsonObject body, Locale locale) {
        JsonFields fields = fields(body, locale);
        BigDecimal location = number(body, "locationId", "cash.location.required", fields, locale);
        BigDecimal starting = number(body, "startingCash", "cash.amount.required", fields, locale);
        Long locationId = null;
        if (location != null) {
            if (location.signum() > 0 && location.stripTrailingZeros().scale() <= 0
                    && location.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                locationId = location.longValue();
            } else {
                fields.error("locationId", Messages.format(locale, "cash.location.unknown"));
            }
        }
        fields.refuseUnknown(Set.of("locationId", "startingCash"), Set.of());
        finish(fields);
        return new Opening(locationId, starting);
    }

    static Movement movement(JsonObject body, Locale locale) {
        JsonFields fields = fields(body, locale);
        CashMovementType type = fields.enumeration("type", CashMovementType.class);
        if (type == null && !fields.errors().containsKey("type")) {
            fields.error("type", Messages.format(locale, "cash.movement.type"));
        }
        BigDecimal amount = number(body, "amount", "cash.amount.required", fields, locale);
        String reason = fields.string("reason");
        fields.refuseUnknown(Set.of("type", "amount", "reason"), Set.of());
        finish(fields);
        return new Movement(type, amount, reason);
    }

    /** {@code {"count": {"200.00": 1, "0.50": 4}}}: denominations as text keys, whole pieces. */
    static Map<BigDecimal, Integer> count(JsonObject body, Locale locale) {
        JsonFields fields = fields(body, locale);
        Map<BigDecimal, Integer> count = new LinkedHashMap<>();
        JsonValue value = body.get("count");
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                String field = "count." + e.getKey();
                BigDecimal denomination;
                try {
                    denomination = new BigDecimal(e.getKey().strip());
                } catch (NumberFormatException notNumber) {
                    fields.error(field, Messages.format(locale, "cash.count.denomination"));
                    continue;
                }
                if (e.getValue() instanceof JsonNumber n && n.isIntegral()
                        && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    count.put(denomination, n.intValue());
                } else {
                    fields.error(field, Messages.format(locale, "cash.count.pieces", 100_000));
                }
            }
        } else {
            fields.error("count", Messages.format(locale, "cash.count.required"));
        }
        fields.refuseUnknown(Set.of("count"), Set.of());
        finish(fields);
        return count;
    }

    static String reason(JsonObject body, Locale locale) {
        JsonFields fields = fields(body, locale);
        String reason = fields.string("reason");
        fields.refuseUnknown(Set.of("reason"), Set.of());
        finish(fields);
        return reason;
    }

    private static BigDecimal number(JsonObject body, String name, String requiredKey, JsonFields fields,
                                     Locale locale) {
        JsonValue value = body.get(name);
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        fields.error(name, Messages.format(locale, value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? requiredKey : "cash.field.number"));
        return null;
    }

    private static JsonFields fields(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        return new JsonFields(body, locale);
    }

    private static void finish(JsonFields fields) {
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
    }
}
