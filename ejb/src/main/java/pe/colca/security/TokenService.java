package pe.colca.security;

import jakarta.ejb.Local;
import java.time.Instant;

/**
 * Issues the bearer tokens of the REST API: checks an email and password against {@code users}
 * (bcrypt hash, ACTIVE, not deleted) and answers with an RS256 JWT that WildFly's Elytron
 * token realm verifies on every API call. The token carries the user's permission slugs in
 * {@code groups}; the EJB layer still reads the roles from the database when the API calls it.
 */
@Local
public interface TokenService {

    /** Issuer ({@code iss}) of every token; the token realm accepts only this issuer. */
    String ISSUER = "colca";

    /** Audience ({@code aud}) of every token; the token realm accepts only this audience. */
    String AUDIENCE = "colca-api";

    /**
     * Checks the credentials, records the login ({@code users.last_login}) and signs a token.
     *
     * @throws InvalidCredentials for an unknown email, a wrong password or a user that is not
     *                            ACTIVE; the three cases are indistinguishable for the caller
     */
    AccessToken issue(String email, String password);

    /** A signed token (compact JWS) and when it expires. */
    record AccessToken(String value, long expiresInSeconds, Instant expiresAt) {

        @Override
        public String toString() {
            // never log the token itself
            return "AccessToken[expiresAt=" + expiresAt + "]";
        }
    }
}
