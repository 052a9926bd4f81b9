package pe.colca.catalog;

import java.util.List;

/** A category with its breadcrumbs (root first, the category itself last). */
public record CategoryPath(Category category, List<Crumb> breadcrumbs) {

    /** One step of the breadcrumbs. */
    public record Crumb(int id, String name, String slug) {
    }
}
