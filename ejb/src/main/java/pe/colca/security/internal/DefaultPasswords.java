package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;
import pe.colca.security.Passwords;
import pe.colca.security.SecurityStamps;
import pe.colca.security.UserAccount;

/** Open to every signed-in user: each acts only on his own password. */
@Stateless
@PermitAll
public class DefaultPasswords implements Passwords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    @EJB
    private SecurityStamps stamps;

    @Override
    public void changeOwn(String currentPassword, String newPassword) {
        long id = caller.userId().orElseThrow(() -> new EJBAccessException("no signed-in user"));
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null || !user.canLogIn()) {
            throw new EJBAccessException("the user cannot log in");
        }
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw InvalidInput.of("currentPassword", text("security.password.currentRequired"));
        }
        if (!PasswordPolicy.matches(currentPassword, user.getPasswordHash())) {
            throw InvalidInput.of("currentPassword", text("security.password.currentWrong"));
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw InvalidInput.of("newPassword", text("security.password.same"));
        }
        PasswordPolicy.refusal(newPassword, user.getEmail()).ifPresent(key -> {
            throw InvalidInput.of("newPassword", text(key));
        });
        boolean wasForced = user.isMustChangePassword();
        user.setPassword(PasswordPolicy.hash(newPassword), false, Instant.now());
        em.flush();
        stamps.rotate(id);
        audit.record("PASSWORD_CHANGE", "users", id, Map.of("mustChangePassword", wasForced),
                Map.of("mustChangePassword", false, "passwordChangedAt", user.getPasswordChangedAt().toString()));
    }

    @Override
    public boolean callerMustChange() {
        return caller.userId().map(this::mustChange).orElse(false);
    }

    @Override
    public boolean mustChange(long userId) {
        List<?> rows = em.createNativeQuery("SELECT must_change_password FROM users WHERE id = ?1 AND deleted_at IS NULL")
                .setParameter(1, userId)
                .getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    private String text(String key) {
        return Messages.format(request.getLocale(), key, PasswordPolicy.MIN_LENGTH);
    }
}
