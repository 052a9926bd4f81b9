package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pe.colca.security.UserDirectory;

/**
 * Open to every caller: the answer only names user ids, and it is asked inside other areas' business
 * transactions (a cashier's sale that raises a low-stock alert must be able to find the warehouse staff).
 */
@Stateless
@PermitAll
public class DefaultUserDirectory implements UserDirectory {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Long> activeUserIdsWithPermission(String permissionSlug) {
        if (permissionSlug == null || permissionSlug.isBlank()) {
            throw new IllegalArgumentException("permissionSlug is required");
        }
        List<?> ids = em.createNativeQuery("SELECT DISTINCT u.id FROM users u"
                        + " JOIN user_roles ur ON ur.user_id = u.id"
                        + " JOIN role_permissions rp ON rp.role_id = ur.role_id"
                        + " JOIN permissions p ON p.id = rp.permission_id"
                        + " WHERE p.slug = :permission AND u.status = 'ACTIVE' AND u.deleted_at IS NULL ORDER BY u.id")
                .setParameter("permission", permissionSlug.strip())
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public Map<Long, String> emails(Collection<Long> userIds) {
        return column("email", userIds);
    }

    @Override
    public Map<Long, String> fullNames(Collection<Long> userIds) {
        return column("full_name", userIds);
    }

    private Map<Long, String> column(String column, Collection<Long> userIds) {
        Map<Long, String> found = new HashMap<>();
        List<Long> ids = userIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return found;
        }
        for (Object row : em.createNativeQuery("SELECT id, " + column + " AS value FROM security_user_names WHERE id IN (:ids)",
                Tuple.class).setParameter("ids", ids).getResultList()) {
            Tuple t = (Tuple) row;
            found.put(((Number) t.get("id")).longValue(), t.get("value", String.class));
        }
        return found;
    }
}
