package pe.colca.web.catalog;

import java.io.Serializable;
import pe.colca.catalog.Category;

/** A category as the tree editor shows it (read once per tree load), with the version it was read at. */
public record CategoryItem(int id, Integer parentId, String name, String slug, boolean active, String imageUrl,
                           long version) implements Serializable {

    public static CategoryItem of(Category c) {
        return new CategoryItem(c.getId(), c.getParent() == null ? null : c.getParent().getId(), c.getName(),
                c.getSlug(), c.isActive(), c.getImageUrl(), c.getVersion());
    }
}
