package pe.colca.api.customer;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.customer.MergeRequest;

/**
 * Strict reading of a merge body ({@code absorbedId}, {@code absorbedVersion}, {@code strategy}, {@code reason}):
 * wrong types and unknown members are field errors, all at once (400), nothing written. The strategy's fields and
 * sides are checked by the service ({@code MergeStrategy.parse}), which answers the same way.
 */
final class MergeInput {

    private MergeInput() {
    }

    static MergeRequest read(long survivorId, long survivorVersion, JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        Long absorbedId = number(body, "absorbedId", fields, "customer.merge.absorbedId", locale);
        Long absorbedVersion = number(body, "absorbedVersion", fields, "customer.merge.absorbedVersion", locale);
        Map<String, String> strategy = new LinkedHashMap<>();
        JsonValue raw = body.get("strategy");
        if (raw instanceof JsonObject object) {
            object.forEach((k, v) -> strategy.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        } else if (raw != null && raw.getValueType() != JsonValue.ValueType.NULL) {
            fields.error("strategy", Messages.format(locale, "customer.merge.strategy.side", raw.toString()));
        }
        String reason = fields.string("reason");
        fields.refuseUnknown(Set.of("absorbedId", "absorbedVersion", "strategy", "reason"), Set.of());
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new MergeRequest(survivorId, survivorVersion, absorbedId, absorbedVersion, strategy, reason);
    }

    private static Long number(JsonObject body, String name, JsonFields fields, String key, Locale locale) {
        JsonValue value = body.get(name);
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0) {
            return n.longValue();
        }
        fields.error(name, Messages.format(locale, key));
        return null;
    }
}
