package pe.colca.security;

/**
 * Search criteria of the user list; null fields do not filter. {@code text} matches the name or the
 * e-mail (accent-insensitive), {@code roleId} a role held, {@code status} the login status.
 */
public record UserFilter(String text, Integer roleId, UserStatus status) {

    public static UserFilter all() {
        return new UserFilter(null, null, null);
    }
}
