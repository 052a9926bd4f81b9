package pe.colca.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A named set of {@link Permission}s (unique name) assigned to users; the grants live in {@code role_permissions}. */
@Entity
@Table(name = "roles")
public class Role {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roles_seq")
    @SequenceGenerator(name = "roles_seq", sequenceName = "roles_seq", allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Column(name = "name", length = 60, nullable = false)
    private String name;

    @Column(name = "description")
    private String description;

    /** Optimistic lock of the role editor and API (V15). */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToMany
    @JoinTable(name = "role_permissions",
            joinColumns = @JoinColumn(name = "role_id"),
            inverseJoinColumns = @JoinColumn(name = "permission_id"))
    private Set<Permission> permissions = new HashSet<>();

    protected Role() {
    }

    public Role(String name, String description) {
        rename(name);
        this.description = description;
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        this.name = name.strip();
    }

    public void describe(String description) {
        this.description = description;
    }

    public void grant(Permission permission) {
        permissions.add(Objects.requireNonNull(permission, "permission"));
    }

    public void revoke(Permission permission) {
        permissions.remove(permission);
    }

    public boolean grants(String permissionSlug) {
        return permissions.stream().anyMatch(p -> p.getSlug().equals(permissionSlug));
    }

    public Set<String> permissionSlugs() {
        return permissions.stream().map(Permission::getSlug).collect(Collectors.toUnmodifiableSet());
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }

    public Set<Permission> getPermissions() {
        return Collections.unmodifiableSet(permissions);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Role other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Role.class.hashCode();
    }
}
