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
import java.util.Objects;
import pe.colca.security.UserNames;

/**
 * Reads {@code users} in the caller's transaction. Open to every authenticated caller: a name is
 * what the calling screen shows next to a date; the calling service checks its own permission.
 */
@Stateless
@PermitAll
public class DefaultUserNames implements UserNames {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, String> fullNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = userIds == null ? List.of() : userIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object row : em.createNativeQuery("SELECT id, full_name FROM users WHERE id IN (:ids)", Tuple.class)
                .setParameter("ids", ids).getResultList()) {
            Tuple t = (Tuple) row;
            names.put(((Number) t.get(0)).longValue(), t.get(1, String.class));
        }
        return names;
    }
}
