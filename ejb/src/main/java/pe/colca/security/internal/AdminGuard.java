package pe.colca.security.internal;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pe.colca.common.RuleViolated;

/**
 * The rules that keep somebody able to administer Colca, checked after the change has been flushed
 * (so the queries see it) and before the transaction commits (a refusal rolls it back): at least one
 * active, not deleted user keeps each of {@link #ADMIN_PERMISSIONS}, and the caller does not take
 * them away from himself.
 */
final class AdminGuard {

    static final List<String> ADMIN_PERMISSIONS = List.of("security.user.edit", "security.role.edit");

    private AdminGuard() {
    }

    /** The administration permissions the user holds now (through his roles, whatever his status). */
    static Set<String> adminPermissionsOf(EntityManager em, long userId) {
        Set<String> held = new HashSet<>();
        for (Object slug : em.createNativeQuery("""
                        SELECT DISTINCT p.slug FROM user_roles ur
                        JOIN role_permissions rp ON rp.role_id = ur.role_id
                        JOIN permissions p ON p.id = rp.permission_id
                        WHERE ur.user_id = ?1 AND p.slug IN (?2, ?3)
                        """)
                .setParameter(1, userId)
                .setParameter(2, ADMIN_PERMISSIONS.get(0))
                .setParameter(3, ADMIN_PERMISSIONS.get(1))
                .getResultList()) {
            held.add(String.valueOf(slug));
        }
        return held;
    }

    /** Refuses when no active user holds one of the administration permissions any more. */
    static void requireRemainingAdministrator(EntityManager em) {
        for (String slug : ADMIN_PERMISSIONS) {
            Number holders = (Number) em.createNativeQuery("""
                            SELECT count(DISTINCT u.id) FROM users u
                            JOIN user_roles ur ON ur.user_id = u.id
                            JOIN role_permissions rp ON rp.role_id = ur.role_id
                            JOIN permissions p ON p.id = rp.permission_id
                            WHERE p.slug = ?1 AND u.status = 'ACTIVE' AND u.deleted_at IS NULL
                            """)
                    .setParameter(1, slug)
                    .getSingleResult();
            if (holders.longValue() == 0) {
                throw new RuleViolated("last-administrator", "security.admin.last", slug);
            }
        }
    }

    /** Refuses when the caller held an administration permission before the change and no longer does. */
    static void refuseSelfDemotion(EntityManager em, long callerId, Set<String> heldBefore) {
        Set<String> now = adminPermissionsOf(em, callerId);
        if (!now.containsAll(heldBefore)) {
            throw new RuleViolated("self-demotion", "security.admin.selfDemotion");
        }
    }
}
