package pe.colca.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.regex.Pattern;

/**
 * Something a user may do, named by a unique slug such as {@code inventory.adjust}; the slug is the
 * security role the code checks with {@code @RolesAllowed}, so new roles are configuration, not code.
 */
@Entity
@Table(name = "permissions")
public class Permission {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "permissions_seq")
    @SequenceGenerator(name = "permissions_seq", sequenceName = "permissions_seq", allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Column(name = "slug", length = 100, nullable = false, updatable = false)
    private String slug;

    @Column(name = "description", length = 255)
    private String description;

    protected Permission() {
    }

    /** {@code slug}: lower-case, dot-separated ({@code order.approve}). */
    public Permission(String slug, String description) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("a permission slug is lower-case and dot-separated: " + slug);
        }
        this.slug = slug;
        this.description = description;
    }

    public void describe(String description) {
        this.description = description;
    }

    public Integer getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Permission other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Permission.class.hashCode();
    }
}
