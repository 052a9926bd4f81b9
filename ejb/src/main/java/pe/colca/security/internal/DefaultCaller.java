package pe.colca.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import pe.colca.security.Caller;

@Stateless
@PermitAll
public class DefaultCaller implements Caller {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Override
    public String name() {
        Principal principal = context.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    @Override
    public Optional<Long> userId() {
        String name = name();
        if ("anonymous".equals(name)) {
            return Optional.empty();
        }
        List<?> ids = em.createNativeQuery(
                        "SELECT id FROM users WHERE lower(email) = lower(?1) AND deleted_at IS NULL")
                .setParameter(1, name)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }
}
