package pe.colca.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import pe.colca.common.Checks;
import pe.colca.common.DuplicateKey;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.RuleViolated;
import pe.colca.common.SqlFailure;
import pe.colca.common.StaleVersion;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.security.Permission;
import pe.colca.security.PermissionView;
import pe.colca.security.Role;
import pe.colca.security.RoleAdministration;
import pe.colca.security.RoleData;
import pe.colca.security.RoleView;

@Stateless
public class DefaultRoleAdministration implements RoleAdministration {

    private static final String ENTITY = "entity.role";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    /** A role's permissions changed: the servers' user caches must re-read them (within the bound). */
    @EJB
    private pe.colca.security.SecurityStamps stamps;

    @Override
    @RolesAllowed("security.user.view")
    public List<RoleView> list() {
        Map<Integer, Long> holders = holders();
        return em.createQuery("SELECT r FROM Role r ORDER BY r.name", Role.class).getResultList().stream()
                .map(r -> RoleView.of(r, holders.getOrDefault(r.getId(), 0L))).toList();
    }

    @Override
    @RolesAllowed("security.user.view")
    public RoleView get(int id) {
        return RoleView.of(find(id), holders().getOrDefault(id, 0L));
    }

    @Override
    @RolesAllowed("security.user.view")
    public List<PermissionView> permissions() {
        return em.createQuery("SELECT p FROM Permission p ORDER BY p.slug", Permission.class).getResultList().stream()
                .map(PermissionView::of).sorted(Comparator.comparing(PermissionView::slug)).toList();
    }

    @Override
    @RolesAllowed("security.role.edit")
    public RoleView create(RoleData data) {
        RoleData d = Checks.valid(validator, data, request.getLocale()).normalized();
        refuseTakenName(d.name(), null);
        Role role = new Role(d.name(), d.description());
        grantExactly(role, d.permissions());
        em.persist(role);
        flush(d.name());
        audit.record("CREATE", "roles", role.getId(), null, snapshot(role));
        return RoleView.of(role, 0);
    }

    @Override
    @RolesAllowed("security.role.edit")
    public RoleView update(int id, long expectedVersion, RoleData data) {
        RoleData d = Checks.valid(validator, data, request.getLocale()).normalized();
        Role role = current(id, expectedVersion);
        refuseTakenName(d.name(), id);
        Optional<Long> me = caller.userId();
        Set<String> mine = me.map(callerId -> AdminGuard.adminPermissionsOf(em, callerId)).orElse(Set.of());
        Map<String, Object> before = snapshot(role);
        role.rename(d.name());
        role.describe(d.description());
        grantExactly(role, d.permissions());
        flush(d.name());
        if (me.isPresent()) {
            AdminGuard.refuseSelfDemotion(em, me.get(), mine);
        }
        AdminGuard.requireRemainingAdministrator(em);
        audit.record("UPDATE", "roles", id, before, snapshot(role));
        stamps.permissionsChanged();
        return RoleView.of(role, holders().getOrDefault(id, 0L));
    }

    @Override
    @RolesAllowed("security.role.edit")
    public void delete(int id, long expectedVersion) {
        Role role = current(id, expectedVersion);
        long held = holders().getOrDefault(id, 0L);
        if (held > 0) {
            throw new RuleViolated("role-in-use", "security.role.inUse", role.getName(), held);
        }
        Map<String, Object> before = snapshot(role);
        em.remove(role);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY, role.getName());
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.FOREIGN_KEY_VIOLATION)) {
                // held by a deleted user only: the row stays for history
                throw new RuleViolated("role-in-use", "security.role.inUse", role.getName(), 0);
            }
            throw e;
        }
        audit.record("DELETE", "roles", id, before, null);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Role find(int id) {
        Role role = em.find(Role.class, id);
        if (role == null) {
            throw new RecordNotFound(ENTITY, id);
        }
        return role;
    }

    private Role current(int id, long expectedVersion) {
        Role role = find(id);
        if (role.getVersion() != expectedVersion) {
            throw new StaleVersion(ENTITY, role.getName());
        }
        return role;
    }

    /** The role grants exactly these slugs afterwards; an unknown slug is a field error. */
    private void grantExactly(Role role, List<String> slugs) {
        Map<String, Permission> catalogue = new HashMap<>();
        if (!slugs.isEmpty()) {
            em.createQuery("SELECT p FROM Permission p WHERE p.slug IN :slugs", Permission.class)
                    .setParameter("slugs", slugs).getResultList().forEach(p -> catalogue.put(p.getSlug(), p));
        }
        Set<String> unknown = new TreeSet<>(slugs);
        unknown.removeAll(catalogue.keySet());
        if (!unknown.isEmpty()) {
            throw InvalidInput.of("permissions", Messages.format(request.getLocale(), "security.permission.unknown",
                    String.join(", ", unknown)));
        }
        for (Permission granted : Set.copyOf(role.getPermissions())) {
            if (!catalogue.containsKey(granted.getSlug())) {
                role.revoke(granted);
            }
        }
        catalogue.values().forEach(role::grant);
    }

    /** Live users per role (deleted users keep their rows but hold nothing). */
    private Map<Integer, Long> holders() {
        Map<Integer, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT ur.role_id AS role_id, count(*) AS holders FROM user_roles ur
                JOIN users u ON u.id = ur.user_id WHERE u.deleted_at IS NULL GROUP BY ur.role_id
                """, Tuple.class).getResultList()) {
            Tuple t = (Tuple) row;
            counts.put(((Number) t.get("role_id")).intValue(), ((Number) t.get("holders")).longValue());
        }
        return counts;
    }

    private void refuseTakenName(String name, Integer exceptId) {
        Long taken = em.createQuery("SELECT count(r) FROM Role r WHERE lower(r.name) = lower(:name) AND r.id <> :id",
                        Long.class)
                .setParameter("name", name)
                .setParameter("id", exceptId == null ? -1 : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new DuplicateKey("name", name);
        }
    }

    private void flush(String name) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY, name);
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.UNIQUE_VIOLATION)) {
                throw new DuplicateKey("name", name);
            }
            throw e;
        }
    }

    private static Map<String, Object> snapshot(Role r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", r.getName());
        values.put("description", r.getDescription());
        values.put("permissions", r.permissionSlugs().stream().sorted().toList());
        values.put("version", r.getVersion());
        return values;
    }
}
