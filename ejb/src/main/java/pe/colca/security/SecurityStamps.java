package pe.colca.security;

import jakarta.ejb.Local;

/**
 * The per-user security stamp ({@code users.security_stamp}). Every access token carries the stamp
 * its user had when it was issued; rotating the stamp revokes every token issued before. The
 * administration code rotates it in the same transaction that locks, deletes or changes the password
 * of a user, so the change and the revocation commit together.
 */
@Local
public interface SecurityStamps {

    /**
     * Gives the user a new stamp (joins the caller's transaction). Tokens issued before are refused
     * at once on this server once the transaction commits, and within the bounded cache time
     * ({@code security.auth_cache_seconds}) on the others.
     */
    void rotate(long userId);

    /**
     * Says that the permissions of roles changed in the caller's transaction (role editor, role
     * assignments): once it commits, this server forgets every cached identity, so the new
     * permissions apply to the next request here, and within {@code security.auth_cache_seconds}
     * on the others.
     */
    void permissionsChanged();
}
