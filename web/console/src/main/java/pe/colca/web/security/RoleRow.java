package pe.colca.web.security;

import java.io.Serializable;
import pe.colca.security.PermissionView;
import pe.colca.security.RoleView;

/** A role or a permission of the roles screen, with getters for EL (EL 5 does not read record components). */
public final class RoleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int id;
    private final String name;
    private final String description;
    private final int permissionCount;
    private final long holders;
    private final long version;

    private RoleRow(RoleView r) {
        this.id = r.id();
        this.name = r.name();
        this.description = r.description();
        this.permissionCount = r.permissions().size();
        this.holders = r.holders();
        this.version = r.version();
    }

    static RoleRow of(RoleView role) {
        return new RoleRow(role);
    }

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPermissionCount() {
        return permissionCount;
    }

    public long getHolders() {
        return holders;
    }

    public long getVersion() {
        return version;
    }

    /** One permission of the catalogue. */
    public static final class PermissionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String slug;
        private final String description;

        PermissionRow(PermissionView p) {
            this.slug = p.slug();
            this.description = p.description();
        }

        public String getSlug() {
            return slug;
        }

        public String getDescription() {
            return description;
        }
    }
}
