package pe.colca.security;

/**
 * One entry of the permission catalogue: its slug, its description and its area (the slug's first
 * segment, e.g. {@code inventory} for {@code inventory.adjust}), by which the role editor groups.
 */
public record PermissionView(String slug, String description, String area) implements java.io.Serializable {

    public static PermissionView of(Permission p) {
        String slug = p.getSlug();
        return new PermissionView(slug, p.getDescription(), slug.substring(0, slug.indexOf('.')));
    }
}
