package pe.colca.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import pe.colca.security.UserView;

/** One line of the user list, with getters for EL (Jakarta EL 5 does not read record components). */
public final class UserRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UserView user;

    private UserRow(UserView user) {
        this.user = user;
    }

    static UserRow of(UserView user) {
        return new UserRow(user);
    }

    UserView view() {
        return user;
    }

    public long getId() {
        return user.id();
    }

    public String getEmail() {
        return user.email();
    }

    public String getFullName() {
        return user.fullName();
    }

    public String getStatus() {
        return user.status().name();
    }

    public List<String> getRoleNames() {
        return user.roles().stream().map(UserView.RoleRef::name).toList();
    }

    public boolean isMustChangePassword() {
        return user.mustChangePassword();
    }

    public Instant getLastLogin() {
        return user.lastLogin();
    }

    public long getVersion() {
        return user.version();
    }
}
