package pe.colca.security;

import java.util.List;

/** A role as the role editor and the API show it: the permission slugs it grants and how many users hold it. */
public record RoleView(int id, String name, String description, List<String> permissions, long holders,
                       long version) implements java.io.Serializable {

    public static RoleView of(Role r, long holders) {
        return new RoleView(r.getId(), r.getName(), r.getDescription(),
                r.permissionSlugs().stream().sorted().toList(), holders, r.getVersion());
    }
}
