package pe.colca.security;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Read access to the staff directory for other areas (users, roles and permissions are this area's
 * tables): who should hear of something, by permission. Joins the caller's transaction.
 */
@Local
public interface UserDirectory {

    /**
     * The ids of the active, not deleted users who hold {@code permissionSlug} through one of their
     * roles, in id order; empty when nobody does (or the slug does not exist).
     */
    List<Long> activeUserIdsWithPermission(String permissionSlug);

    /** The emails of the users with these ids (deleted and locked users included: history names them). */
    Map<Long, String> emails(Collection<Long> userIds);

    /** The full names of the users with these ids (deleted and locked users included). */
    Map<Long, String> fullNames(Collection<Long> userIds);
}
