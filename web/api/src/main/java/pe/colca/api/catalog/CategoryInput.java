package pe.colca.api.catalog;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.catalog.CategoryData;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/** The body of POST and PUT on categories; a different {@code parentId} on PUT moves the subtree. */
@Schema(name = "CategoryInput", description = "What a client sets on a category.")
public record CategoryInput(
        @Schema(required = true, maxLength = 200, example = "Polos") String name,
        @Schema(maxLength = 200, description = "Generated from the name when absent; kept on PUT when absent.")
        String slug,
        @Schema(nullable = true, description = "Null: a root.") Integer parentId,
        @Schema(nullable = true, maxLength = 1000) String imageUrl,
        @Schema(defaultValue = "true") Boolean active) {

    private static final Set<String> MEMBERS = Set.of("name", "slug", "parentId", "imageUrl", "active");
    private static final Set<String> READ_ONLY = Set.of("id", "breadcrumbs");

    public static CategoryData read(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        String name = fields.string("name");
        String slug = fields.string("slug");
        Long parent = CatalogJson.id(body, "parentId", fields, locale);
        if (parent != null && (parent < 1 || parent > Integer.MAX_VALUE)) {
            fields.error("parentId", Messages.format(locale, "catalog.product.category.unknown", parent));
        }
        String imageUrl = fields.string("imageUrl");
        boolean active = fields.bool("active", Boolean.TRUE);
        fields.refuseUnknown(MEMBERS, READ_ONLY);
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new CategoryData(name, slug, parent == null ? null : parent.intValue(), imageUrl, active);
    }
}
