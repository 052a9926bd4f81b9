package pe.colca.api.inventory;

import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.inventory.location.LocationData;
import pe.colca.inventory.location.LocationType;

/**
 * The body of POST and PUT on locations (PUT replaces the whole description, so an absent flag takes
 * its default). The record documents the shape in OpenAPI; {@link #read} parses it strictly.
 */
@Schema(name = "LocationInput", description = "What a client sets on a location. Read-only members of Location "
        + "(id, version, createdAt, updatedAt) may be sent back and are ignored; any other unknown member is a 400.")
public record LocationInput(
        @Schema(required = true, maxLength = 30, pattern = "[A-Za-z0-9][A-Za-z0-9_-]*",
                description = "Stored upper case.", example = "LIM-01") String code,
        @Schema(required = true, maxLength = 200, example = "Tienda Miraflores") String name,
        @Schema(maxLength = 255, nullable = true, example = "Av. Larco 345, Miraflores") String address,
        @Schema(required = true, enumeration = {"STORE", "WAREHOUSE"}) String type,
        @Schema(defaultValue = "true") Boolean active,
        @Schema(description = "Default: true for a STORE, false for a WAREHOUSE.") Boolean allowsSales) {

    private static final Set<String> MEMBERS = Set.of("code", "name", "address", "type", "active", "allowsSales");
    private static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt");

    /**
     * The location data of a body, or an {@link InvalidInput} listing every field at fault (wrong
     * JSON types, unknown members, and then the rules of {@link LocationData} too, so the client gets
     * all of them in one answer). When the types are right, the rules are left to the service.
     */
    public static LocationData read(JsonObject body, Validator validator, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        String code = fields.string("code");
        String name = fields.string("name");
        String address = fields.string("address");
        LocationType type = fields.enumeration("type", LocationType.class);
        boolean active = fields.bool("active", Boolean.TRUE);
        Boolean allowsSales = fields.bool("allowsSales", null);
        fields.refuseUnknown(MEMBERS, READ_ONLY);
        LocationData data = new LocationData(code, name, address, type, active,
                allowsSales != null ? allowsSales : type == LocationType.STORE);
        if (fields.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            try {
                Checks.valid(validator, data, locale);
            } catch (InvalidInput rules) {
                errors.putAll(rules.fieldErrors());
            }
            errors.putAll(fields.errors()); // a wrong type explains better than "required"
            throw new InvalidInput(errors);
        }
        return data;
    }
}
