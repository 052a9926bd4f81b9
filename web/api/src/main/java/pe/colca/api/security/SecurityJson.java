package pe.colca.api.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pe.colca.api.JsonFields;
import pe.colca.common.Messages;

/** Lists in the bodies of the users and roles resources (JsonFields reads only scalars). */
final class SecurityJson {

    private SecurityJson() {
    }

    /** A list of whole numbers, empty when absent or null; a wrong shape is a field error. */
    static List<Long> longs(jakarta.json.JsonObject body, String name, JsonFields fields, Locale locale) {
        JsonValue value = body.get(name);
        List<Long> numbers = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return numbers;
        }
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
                    numbers.add(n.longValue());
                } else {
                    fields.error(name, Messages.format(locale, "security.field.integerList"));
                    return List.of();
                }
            }
            return numbers;
        }
        fields.error(name, Messages.format(locale, "security.field.integerList"));
        return numbers;
    }

    static List<String> strings(jakarta.json.JsonObject body, String name, JsonFields fields, Locale locale) {
        JsonValue value = body.get(name);
        List<String> texts = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return texts;
        }
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString s) {
                    texts.add(s.getString());
                } else {
                    fields.error(name, Messages.format(locale, "security.field.stringList"));
                    return List.of();
                }
            }
            return texts;
        }
        fields.error(name, Messages.format(locale, "security.field.stringList"));
        return texts;
    }
}
