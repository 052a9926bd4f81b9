package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.Category;
import pe.colca.catalog.CategoryPath;

/** A category with its breadcrumbs (root first, itself last) when read one at a time. */
@JsonbPropertyOrder({"id", "name", "slug", "parentId", "imageUrl", "active", "version", "breadcrumbs"})
@Schema(name = "Category", description = "A node of the category tree.")
public record CategoryView(int id, String name, String slug, Integer parentId, String imageUrl, boolean active,
                           @Schema(description = "Optimistic lock version; the ETag is this number in quotes.")
                           long version,
                           List<Crumb> breadcrumbs) {

    /** One step of the breadcrumbs. */
    @JsonbPropertyOrder({"id", "name", "slug"})
    public record Crumb(int id, String name, String slug) {
    }

    public static CategoryView of(CategoryPath path) {
        Category c = path.category();
        return new CategoryView(c.getId(), c.getName(), c.getSlug(), c.getParent() == null ? null : c.getParent().getId(),
                c.getImageUrl(), c.isActive(), c.getVersion(),
                path.breadcrumbs().stream().map(b -> new Crumb(b.id(), b.name(), b.slug())).toList());
    }

    /** In lists: no breadcrumbs (one query per row would be too many). */
    public static CategoryView of(Category c) {
        return new CategoryView(c.getId(), c.getName(), c.getSlug(), c.getParent() == null ? null : c.getParent().getId(),
                c.getImageUrl(), c.isActive(), c.getVersion(), null);
    }
}
