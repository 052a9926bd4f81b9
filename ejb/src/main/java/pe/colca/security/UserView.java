package pe.colca.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A user as the administration screens and the API show him, read inside the service's transaction
 * (roles and scope are loaded): never the password hash.
 */
public record UserView(long id, String email, String fullName, UserStatus status, List<RoleRef> roles,
                       List<Long> locationIds, boolean mustChangePassword, Instant lastLogin,
                       Instant passwordChangedAt, long version) implements java.io.Serializable {

    /** A role held: id and name. */
    public record RoleRef(int id, String name) implements java.io.Serializable {
    }

    public static UserView of(UserAccount u) {
        return new UserView(u.getId(), u.getEmail(), u.getFullName(), u.getStatus(),
                u.getRoles().stream().map(r -> new RoleRef(r.getId(), r.getName()))
                        .sorted(Comparator.comparing(RoleRef::name)).toList(),
                u.getLocationIds().stream().sorted().toList(), u.isMustChangePassword(), u.getLastLogin(),
                u.getPasswordChangedAt(), u.getVersion());
    }

    public List<Integer> roleIds() {
        return roles.stream().map(RoleRef::id).toList();
    }
}
