package pe.colca.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pe.colca.common.Checks;
import pe.colca.common.DuplicateKey;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.RuleViolated;
import pe.colca.common.SqlFailure;
import pe.colca.common.StaleVersion;
import pe.colca.common.Where;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.security.CreatedUser;
import pe.colca.security.Role;
import pe.colca.security.SecurityStamps;
import pe.colca.security.UserAccount;
import pe.colca.security.UserAdministration;
import pe.colca.security.UserData;
import pe.colca.security.UserFilter;
import pe.colca.security.UserStatus;
import pe.colca.security.UserView;

@Stateless
public class DefaultUserAdministration implements UserAdministration {

    private static final String ENTITY = "entity.user";
    private static final Set<String> SORTABLE = Set.of("email", "fullName", "status", "lastLogin");

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

    @EJB
    private SecurityStamps stamps;

    @Override
    @RolesAllowed("security.user.view")
    public Page<UserView> search(UserFilter filter, PageRequest page) {
        UserFilter f = filter == null ? UserFilter.all() : filter;
        Where where = new Where();
        if (f.text() != null && !f.text().isBlank()) {
            where.and("(lower(function('unaccent', u.fullName)) LIKE :text OR lower(u.email) LIKE :text)", "text",
                    "%" + stripAccents(f.text().strip().toLowerCase(Messages.DEFAULT_LOCALE)) + "%");
        }
        where.andIf(f.roleId(), "EXISTS (SELECT 1 FROM UserAccount h JOIN h.roles r WHERE h = u AND r.id = :role)", "role")
                .andIf(f.status(), "u.status = :status", "status");
        String sort = page.sortField() != null && SORTABLE.contains(page.sortField()) ? page.sortField() : "email";
        return where.page(em.createQuery("SELECT u FROM UserAccount u" + where
                        + " ORDER BY u." + sort + (page.ascending() ? " ASC" : " DESC") + ", u.id", UserAccount.class),
                em.createQuery("SELECT count(u) FROM UserAccount u" + where, Long.class), page).map(UserView::of);
    }

    @Override
    @RolesAllowed("security.user.view")
    public UserView get(long id) {
        return UserView.of(find(id));
    }

    @Override
    @RolesAllowed("security.user.edit")
    public CreatedUser create(UserData data, String initialPassword) {
        UserData d = Checks.valid(validator, data, request.getLocale()).normalized();
        refuseTakenEmail(d.email(), null);
        boolean generated = initialPassword == null || initialPassword.isBlank();
        String password = generated ? PasswordPolicy.oneTimePassword() : initialPassword;
        if (!generated) {
            refuseWeak("initialPassword", password, d.email());
        }
        UserAccount user = new UserAccount(d.email(), d.fullName(), PasswordPolicy.hash(password));
        user.setPassword(user.getPasswordHash(), true, Instant.now());
        apply(user, d);
        em.persist(user);
        flush(d.email());
        audit.record("CREATE", "users", user.getId(), null, snapshot(user));
        return new CreatedUser(UserView.of(user), generated ? password : null);
    }

    @Override
    @RolesAllowed("security.user.edit")
    public UserView update(long id, long expectedVersion, UserData data) {
        UserData d = Checks.valid(validator, data, request.getLocale()).normalized();
        UserAccount user = current(id, expectedVersion);
        refuseTakenEmail(d.email(), id);
        Optional<Long> me = caller.userId();
        Set<String> mine = me.map(callerId -> AdminGuard.adminPermissionsOf(em, callerId)).orElse(Set.of());
        Map<String, Object> before = snapshot(user);
        user.changeEmail(d.email());
        user.rename(d.fullName());
        apply(user, d);
        flush(d.email());
        if (me.isPresent()) {
            AdminGuard.refuseSelfDemotion(em, me.get(), mine);
        }
        AdminGuard.requireRemainingAdministrator(em);
        audit.record("UPDATE", "users", id, before, snapshot(user));
        stamps.permissionsChanged(); // his roles may have changed: re-read within the bound, here at once
        return UserView.of(user);
    }

    @Override
    @RolesAllowed("security.user.edit")
    public UserView lock(long id, long expectedVersion) {
        refuseSelf(id);
        UserAccount user = current(id, expectedVersion);
        Map<String, Object> before = snapshot(user);
        if (user.getStatus() != UserStatus.LOCKED) {
            user.reactivate();
            user.lock();
        }
        flush(user.getEmail());
        AdminGuard.requireRemainingAdministrator(em);
        stamps.rotate(id);
        audit.record("LOCK", "users", id, before, snapshot(user));
        return UserView.of(user);
    }

    @Override
    @RolesAllowed("security.user.edit")
    public UserView unlock(long id, long expectedVersion) {
        UserAccount user = current(id, expectedVersion);
        Map<String, Object> before = snapshot(user);
        user.reactivate();
        flush(user.getEmail());
        audit.record("UNLOCK", "users", id, before, snapshot(user));
        return UserView.of(user);
    }

    @Override
    @RolesAllowed("security.user.edit")
    public void delete(long id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Messages.format(request.getLocale(), "error.reasonRequired"));
        }
        refuseSelf(id);
        UserAccount user = current(id, expectedVersion);
        Map<String, Object> before = snapshot(user);
        user.markDeleted(caller.userId().orElse(null), reason.strip(), Instant.now());
        flush(user.getEmail());
        AdminGuard.requireRemainingAdministrator(em);
        stamps.rotate(id);
        Map<String, Object> after = snapshot(user);
        after.put("deletionReason", reason.strip());
        audit.record("DELETE", "users", id, before, after);
    }

    @Override
    @RolesAllowed("security.user.edit")
    public String resetPassword(long id, long expectedVersion) {
        UserAccount user = current(id, expectedVersion);
        Map<String, Object> before = snapshot(user);
        String password = PasswordPolicy.oneTimePassword();
        user.setPassword(PasswordPolicy.hash(password), true, Instant.now());
        flush(user.getEmail());
        stamps.rotate(id);
        audit.record("PASSWORD_RESET", "users", id, before, snapshot(user));
        return password;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private UserAccount find(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null || user.isDeleted()) {
            throw new RecordNotFound(ENTITY, id);
        }
        return user;
    }

    private UserAccount current(long id, long expectedVersion) {
        UserAccount user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw new StaleVersion(ENTITY, user.getEmail());
        }
        return user;
    }

    private void refuseSelf(long id) {
        if (caller.userId().filter(me -> me == id).isPresent()) {
            throw new RuleViolated("self-lockout", "security.user.self");
        }
    }

    private void refuseWeak(String field, String password, String email) {
        PasswordPolicy.refusal(password, email).ifPresent(key -> {
            throw InvalidInput.of(field, Messages.format(request.getLocale(), key, PasswordPolicy.MIN_LENGTH));
        });
    }

    /** Roles and scope of the data; unknown role ids are a field error (unknown locations: at flush). */
    private void apply(UserAccount user, UserData d) {
        Set<Role> roles = new HashSet<>();
        for (Integer roleId : d.roleIds()) {
            Role role = em.find(Role.class, roleId);
            if (role == null) {
                throw InvalidInput.of("roleIds", Messages.format(request.getLocale(), "security.role.unknown", roleId));
            }
            roles.add(role);
        }
        for (Role held : Set.copyOf(user.getRoles())) {
            if (!roles.contains(held)) {
                user.unassign(held);
            }
        }
        roles.forEach(user::assign);
        user.scopeTo(new HashSet<>(d.locationIds()));
    }

    private void refuseTakenEmail(String email, Long exceptId) {
        Long taken = em.createQuery("SELECT count(u) FROM UserAccount u WHERE lower(u.email) = :email AND u.id <> :id",
                        Long.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new DuplicateKey("email", email);
        }
    }

    /** Writes now so a concurrent edit, a taken e-mail or an unknown location becomes a clear refusal. */
    private void flush(String email) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY, email);
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.UNIQUE_VIOLATION)) {
                throw new DuplicateKey("email", email);
            }
            if (SqlFailure.is(e, SqlFailure.FOREIGN_KEY_VIOLATION)) {
                throw InvalidInput.of("locationIds", Messages.format(request.getLocale(), "security.location.unknown"));
            }
            throw e;
        }
    }

    /** What the audit log keeps of a user: never the password hash. */
    static Map<String, Object> snapshot(UserAccount u) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("email", u.getEmail());
        values.put("fullName", u.getFullName());
        values.put("status", u.getStatus() == null ? null : u.getStatus().name());
        values.put("roles", u.getRoles().stream().map(Role::getName).sorted().toList());
        values.put("locationIds", u.getLocationIds().stream().sorted().toList());
        values.put("mustChangePassword", u.isMustChangePassword());
        values.put("passwordChangedAt", u.getPasswordChangedAt() == null ? null : u.getPasswordChangedAt().toString());
        values.put("version", u.getVersion());
        return values;
    }

    private static String stripAccents(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
