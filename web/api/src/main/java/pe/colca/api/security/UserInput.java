package pe.colca.api.security;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.security.UserData;

/** The body of POST and PUT on users; {@link #read} parses it strictly. */
@Schema(name = "UserInput", description = "What an administrator sets on a user. Read-only members of User may be "
        + "sent back and are ignored; any other unknown member is a 400.")
public record UserInput(
        @Schema(required = true, maxLength = 254, example = "cajera.miraflores@colca.pe") String email,
        @Schema(required = true, maxLength = 200, example = "Rosa Quispe") String fullName,
        @Schema(description = "Ids of the roles held.", example = "[3]") List<Integer> roleIds,
        @Schema(description = "Ids of the stores/warehouses the user acts in (user_locations).", example = "[1]")
        List<Long> locationIds,
        @Schema(description = "POST only: the initial password (the password policy applies). Absent: a one-time "
                + "password is generated and returned once in oneTimePassword. Either way the user must change it at "
                + "the first login.", nullable = true) String initialPassword) {

    private static final Set<String> MEMBERS = Set.of("email", "fullName", "roleIds", "locationIds", "initialPassword");
    private static final Set<String> READ_ONLY = Set.of("id", "status", "roles", "mustChangePassword", "lastLogin",
            "passwordChangedAt", "version", "oneTimePassword");

    /** The user data and the initial password (null when absent). */
    record Parsed(UserData data, String initialPassword) {
    }

    static Parsed read(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        String email = fields.string("email");
        String fullName = fields.string("fullName");
        List<Integer> roles = SecurityJson.longs(body, "roleIds", fields, locale).stream()
                .map(Long::intValue).toList();
        List<Long> locations = SecurityJson.longs(body, "locationIds", fields, locale);
        String password = fields.string("initialPassword");
        fields.refuseUnknown(MEMBERS, READ_ONLY);
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new Parsed(new UserData(email, fullName, roles, locations), password);
    }
}
