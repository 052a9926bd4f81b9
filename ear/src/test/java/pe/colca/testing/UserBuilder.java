package pe.colca.testing;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import pe.colca.testing.TestData.NewLocation;
import pe.colca.testing.TestData.NewUser;

/**
 * A user (ACTIVE, bcrypt {@code $2a$} hash as Elytron's JDBC realm reads it) with a role of its
 * own holding exactly the given permission slugs, plus {@code api.access} (needed for a token)
 * unless {@link UserBuilder#withoutApiAccess()}.
 */
public final class UserBuilder {

    private final TestData data;
    private List<NewLocation> locations;
    private final String suffix = TestData.suffix().toLowerCase(Locale.ROOT);
    private String email = "it-" + suffix + "@it.colca.test";
    private String password = "clave-" + suffix;
    private String fullName = "Usuario de prueba " + suffix;
    private List<String> permissions = List.of();
    private boolean apiAccess = true;

    UserBuilder(TestData data) {
        this.data = data;
    }

    public UserBuilder email(String email) {
        this.email = email;
        return this;
    }

    public UserBuilder password(String password) {
        this.password = password;
        return this;
    }

    public UserBuilder fullName(String fullName) {
        this.fullName = fullName;
        return this;
    }

    public UserBuilder permissions(String... slugs) {
        this.permissions = Arrays.asList(slugs);
        return this;
    }

    /** No {@code api.access}: the user cannot get an API token. */
    public UserBuilder withoutApiAccess() {
        this.apiAccess = false;
        return this;
    }

    /**
     * Puts the user in store scope: only these locations, and no {@code security.scope.all}. By
     * default a test user holds {@code security.scope.all} (most tests act at fresh locations).
     */
    public UserBuilder locations(NewLocation... locations) {
        this.locations = Arrays.asList(locations);
        return this;
    }

    public NewUser create() throws SQLException {
        List<String> permissions = new java.util.ArrayList<>(this.permissions);
        if (apiAccess && !permissions.contains("api.access")) {
            permissions.add("api.access");
        }
        // cost 4: the realm verifies whatever cost the hash says, and tests need no slow hashing
        String hash = BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(4, password.toCharArray());
        String role = "it-role-" + suffix;
        try (Connection c = data.connection()) {
            c.setAutoCommit(false);
            try {
                int roleId = (int) TestData.number(c, "INSERT INTO roles (id, name, description) VALUES (nextval('roles_seq'),"
                        + " ?, 'Rol de prueba') RETURNING id", role);
                List<String> granted = new java.util.ArrayList<>(permissions);
                if (locations == null && !granted.contains(TestData.SCOPE_ALL)) {
                    granted.add(TestData.SCOPE_ALL);
                }
                for (String slug : granted) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO role_permissions (role_id,"
                            + " permission_id) SELECT ?, id FROM permissions WHERE slug = ?")) {
                        ps.setInt(1, roleId);
                        ps.setString(2, slug);
                        if (ps.executeUpdate() != 1) {
                            throw new IllegalArgumentException("no permission " + slug);
                        }
                    }
                }
                long id = TestData.number(c, "INSERT INTO users (id, email, password_hash, full_name, status)"
                        + " VALUES (nextval('users_seq'), ?, ?, ?, 'ACTIVE') RETURNING id", email, hash, fullName);
                TestData.number(c, "INSERT INTO user_roles (user_id, role_id) VALUES (?, ?) RETURNING user_id", id, roleId);
                for (NewLocation location : locations == null ? List.<NewLocation>of() : locations) {
                    TestData.number(c, "INSERT INTO user_locations (user_id, location_id) VALUES (?, ?) RETURNING user_id",
                            id, location.id());
                }
                c.commit();
                return new NewUser(id, email, password, roleId, role);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
