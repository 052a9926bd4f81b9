package pe.colca.security;

import jakarta.ejb.Local;
import java.time.Instant;

/**
 * Issues the bearer tokens of the REST API: checks an email and password against {@code users}
 * (bcrypt hash, ACTIVE, not deleted, permission {@code api.access}) and answers with an RS256 JWT
 * that WildFly's Elytron token realm verifies on every API call. The token names the user by id
 * ({@code sub}; the login is the {@code email} claim), carries his permission slugs in
 * {@code groups} and his security stamp in {@code stamp}; {@link #check} refuses it once the stamp
 * rotated (lock, delete, password change), the user is no longer active or lost {@code api.access}.
 * Password attempts are throttled per account and per client address (docs/security.md).
 */
@Local
public interface TokenService {

    /** Issuer ({@code iss}) of every token; the token realm accepts only this issuer. */
    String ISSUER = "colca";

    /** Audience ({@code aud}) of every token; the token realm accepts only this audience. */
    String AUDIENCE = "colca-api";

    /** The lifetime setting, in minutes. */
    String TTL_SETTING = "security.token.ttl_minutes";

    /** The cap of the lifetime setting, in minutes: no token lives longer. */
    String MAX_TTL_SETTING = "security.token.max_ttl_minutes";

    /**
     * Checks the credentials, records the login ({@code users.last_login}) and signs a token whose
     * lifetime is {@value #TTL_SETTING}, capped at {@value #MAX_TTL_SETTING}. Writes an audit row
     * for the token and, in a transaction of its own, for every refused attempt.
     *
     * @throws InvalidCredentials for an unknown email, a wrong password or a user that is not
     *                            ACTIVE; the three cases are indistinguishable for the caller
     * @throws LoginThrottled     too many failures for this account or from this address: refused
     *                            without checking the password until the lock or back-off ends
     * @throws ApiAccessDenied    right credentials, but no role of the user grants {@code api.access}
     */
    AccessToken issue(String email, String password);

    /**
     * Checks a token that the token realm already verified (signature, issuer, audience, expiry)
     * against what this server knows of its user (at most {@code security.auth_cache_seconds} old):
     * same stamp, ACTIVE, holds {@code api.access}, and a lifetime within {@value #MAX_TTL_SETTING}.
     *
     * @param subject the principal the realm made of {@code sub}
     * @param token   the compact JWS of the {@code Authorization} header
     */
    boolean accepts(String subject, String token);

    /** A signed token (compact JWS) and when it expires. */
    record AccessToken(String value, long expiresInSeconds, Instant expiresAt) {

        @Override
        public String toString() {
            // never log the token itself
            return "AccessToken[expiresAt=" + expiresAt + "]";
        }
    }
}
