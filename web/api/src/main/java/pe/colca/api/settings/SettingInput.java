package pe.colca.api.settings;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/**
 * The body of {@code PUT /settings/{key}}: the new value. A JSON string is taken as it is; a number
 * or true/false is taken as its text, so {@code {"value": 15}} and {@code {"value": "15"}} are the
 * same; an object or array is the text of a JSON setting. Whether it fits the setting's type is the
 * service's decision (400 on field {@code value}).
 */
@Schema(name = "SettingInput", description = "The new value. Read-only members of Setting may be sent back and are "
        + "ignored; any other member is a 400.")
public record SettingInput(
        @Schema(required = true, description = "Text in the form of the data type: 15, 0.18, true, 03:00, "
                + "{\"a\":1}; numbers and booleans may also be sent as JSON numbers and booleans.",
                example = "15") String value) {

    private static final Set<String> MEMBERS = Set.of("value");
    private static final Set<String> READ_ONLY = Set.of("key", "group", "dataType", "encrypted", "valueSet",
            "description", "version", "updatedAt", "updatedBy");

    /** The value of the body as text, or an {@link InvalidInput} naming every member at fault. */
    public static String read(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        fields.refuseUnknown(MEMBERS, READ_ONLY);
        JsonValue value = body.get("value");
        String text = null;
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            fields.error("value", Messages.format(locale, "settings.value.required"));
        } else if (value instanceof JsonString s) {
            text = s.getString();
        } else if (value instanceof JsonNumber n) {
            text = n.toString();
        } else if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            text = value.toString();
        } else {
            text = value.toString(); // an object or array: the document of a JSON setting
        }
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return text;
    }
}
