package pe.colca.api.security;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.ApiTexts;
import pe.colca.api.JsonFields;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/** The body of {@code POST /auth/token}. */
@Schema(name = "TokenRequest")
public record TokenRequest(
        @Schema(required = true, example = "integrator@colca.test") String email,
        @Schema(required = true, format = "password") String password) {

    private static final Set<String> MEMBERS = Set.of("email", "password");

    /** Both members present and non-blank, else a 400 naming them. */
    public static TokenRequest read(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        String email = fields.string("email");
        String password = fields.string("password");
        fields.refuseUnknown(MEMBERS, Set.of());
        if (email == null || email.isBlank()) {
            fields.error("email", ApiTexts.text(locale, "auth.email.required"));
        }
        if (password == null || password.isEmpty()) {
            fields.error("password", ApiTexts.text(locale, "auth.password.required"));
        }
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new TokenRequest(email.strip(), password);
    }

    @Override
    public String toString() {
        return "TokenRequest[email=" + email + "]"; // never the password
    }
}
