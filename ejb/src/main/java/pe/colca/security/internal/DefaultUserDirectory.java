package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
}
