package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import pe.colca.security.AuthenticatedUsers;
import pe.colca.security.UserStatus;
import pe.colca.settings.Settings;

/**
 * {@link AuthenticatedUsers} over {@link UserCache}: a hit younger than the bound costs no query; a
 * miss or an old entry reads the user's row and permission digest in one query. When a re-read
 * shows other permissions than before, the Elytron caching realm is emptied so the EJB domain reads
 * the user's roles again (a role edited on another server takes effect here within the bound).
 * No transaction of its own: the read joins the caller's, or runs on its own connection.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DefaultAuthenticatedUsers implements AuthenticatedUsers {

    private static final Logger LOG = Logger.getLogger(DefaultAuthenticatedUsers.class.getName());

    private static final String SELECT = """
            SELECT u.id AS id, u.email AS email, CAST(u.security_stamp AS text) AS stamp, u.status AS status,
                   coalesce(bool_or(p.slug = 'api.access'), false) AS api_access,
                   md5(coalesce(string_agg(DISTINCT p.slug, ',' ORDER BY p.slug), '')) AS digest
              FROM users u
              LEFT JOIN user_roles ur ON ur.user_id = u.id
              LEFT JOIN role_permissions rp ON rp.role_id = ur.role_id
              LEFT JOIN permissions p ON p.id = rp.permission_id
             WHERE u.deleted_at IS NULL AND %s
             GROUP BY u.id, u.email, u.security_stamp, u.status
            """;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    @Override
    public Optional<AuthenticatedUser> byId(long id) {
        UserCache.Entry cached = UserCache.get(id);
        long now = System.nanoTime();
        if (cached != null && now - cached.readAtNanos() < boundNanos()) {
            return cached.user();
        }
        Optional<AuthenticatedUser> user = first(em.createNativeQuery(SELECT.formatted("u.id = ?1"), Tuple.class)
                .setParameter(1, id).getResultList());
        remember(id, user, now);
        return user;
    }

    @Override
    public Optional<AuthenticatedUser> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        Long id = UserCache.idOf(email);
        if (id != null) {
            Optional<AuthenticatedUser> user = byId(id);
            if (user.isPresent() && user.get().email().equalsIgnoreCase(email.strip())) {
                return user;
            }
            UserCache.forgetEmail(email); // deleted, or the login changed: look the email up again
        }
        long now = System.nanoTime();
        Optional<AuthenticatedUser> user = first(em.createNativeQuery(
                        SELECT.formatted("lower(u.email) = lower(?1)"), Tuple.class)
                .setParameter(1, email.strip()).getResultList());
        user.ifPresent(u -> remember(u.id(), user, now));
        return user;
    }

    @Override
    public Optional<AuthenticatedUser> byPrincipal(String principalName) {
        if (principalName == null || principalName.isBlank()) {
            return Optional.empty();
        }
        String name = principalName.strip();
        if (isId(name)) {
            return byId(Long.parseLong(name));
        }
        return byEmail(name);
    }

    /** A principal of the token domain: the decimal user id of {@code sub}. */
    static boolean isId(String name) {
        if (name.isEmpty() || name.length() > 18) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void remember(long id, Optional<AuthenticatedUser> user, long readAt) {
        UserCache.Entry before = UserCache.put(id, user, readAt);
        if (before != null && before.user().isPresent() && user.isPresent()
                && !Objects.equals(before.user().get().permissionsDigest(), user.get().permissionsDigest())) {
            LOG.fine(() -> "permissions of user " + id + " changed: emptying the realm cache");
            ElytronRealmCache.clear();
        }
    }

    private long boundNanos() {
        int seconds;
        try {
            seconds = (int) settings.duration(CACHE_SETTING).toSeconds();
        } catch (RuntimeException missingOrUnreadable) {
            seconds = DEFAULT_CACHE_SECONDS;
        }
        return TimeUnit.SECONDS.toNanos(Math.max(0, seconds));
    }

    private static Optional<AuthenticatedUser> first(List<?> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple row = (Tuple) rows.get(0);
        return Optional.of(new AuthenticatedUser(
                ((Number) row.get("id")).longValue(),
                (String) row.get("email"),
                (String) row.get("stamp"),
                UserStatus.valueOf((String) row.get("status")),
                Boolean.TRUE.equals(row.get("api_access")),
                (String) row.get("digest")));
    }
}
