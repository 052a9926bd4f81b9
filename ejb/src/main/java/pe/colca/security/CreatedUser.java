package pe.colca.security;

/**
 * A user just created, with the one-time password to hand over when the administrator asked for a
 * generated one ({@code null} when he typed the initial password himself). Shown once, never stored.
 */
public record CreatedUser(UserView user, String oneTimePassword) {

    @Override
    public String toString() {
        return "CreatedUser[" + user.email() + "]"; // never log the password
    }
}
