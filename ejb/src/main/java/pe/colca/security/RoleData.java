package pe.colca.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** What an administrator sets on a role: unique name, description, and the permission slugs it grants. */
public record RoleData(
        @NotBlank(message = "{security.role.name.required}")
        @Size(max = 60, message = "{security.role.name.size}")
        String name,
        @Size(max = 1000, message = "{security.role.description.size}")
        String description,
        List<String> permissions) {

    public RoleData normalized() {
        return new RoleData(name == null ? null : name.strip(),
                description == null || description.isBlank() ? null : description.strip(),
                permissions == null ? List.of()
                        : permissions.stream().filter(Objects::nonNull).map(String::strip).distinct().sorted().toList());
    }
}
