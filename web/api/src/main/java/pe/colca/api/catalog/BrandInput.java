package pe.colca.api.catalog;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.catalog.BrandData;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/** The body of POST and PUT on brands. */
@Schema(name = "BrandInput", description = "What a client sets on a brand; names are unique.")
public record BrandInput(
        @Schema(required = true, maxLength = 200, example = "Altomayo") String name,
        @Schema(nullable = true, maxLength = 1000) String logoUrl) {

    private static final Set<String> MEMBERS = Set.of("name", "logoUrl");

    public static BrandData read(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        String name = fields.string("name");
        String logoUrl = fields.string("logoUrl");
        fields.refuseUnknown(MEMBERS, Set.of("id"));
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new BrandData(name, logoUrl);
    }
}
