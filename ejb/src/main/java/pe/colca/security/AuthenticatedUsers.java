package pe.colca.security;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * What this server knows about the users that call it, read from {@code users} at most
 * {@code security.auth_cache_seconds} ago (default 60): status, security stamp, login and a digest
 * of the permissions. Every authenticated request (API and console) is checked against it, so the
 * common case costs no database round trip, and a change is seen within the bound — at once on
 * the server that made it through {@link SecurityStamps}.
 */
@Local
public interface AuthenticatedUsers {

    /** The setting that bounds how stale the cached view of a user may be. */
    String CACHE_SETTING = "security.auth_cache_seconds";

    /** Used when the setting is missing or unreadable. */
    int DEFAULT_CACHE_SECONDS = 60;

    /** The live (not deleted) user with this id, whatever his status; empty if there is none. */
    Optional<AuthenticatedUser> byId(long id);

    /** The live user with this login (case-insensitive); empty if there is none. */
    Optional<AuthenticatedUser> byEmail(String email);

    /**
     * A principal name as the security domains give it: a user id (API tokens, {@code sub}) or an
     * email (console logins).
     */
    Optional<AuthenticatedUser> byPrincipal(String principalName);

    /** A user as the cache holds him. */
    record AuthenticatedUser(long id, String email, String stamp, UserStatus status, boolean apiAccess,
                             String permissionsDigest) {

        /** ACTIVE (deleted users are never returned at all). */
        public boolean active() {
            return status == UserStatus.ACTIVE;
        }
    }
}
