package pe.colca.inventory.location.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pe.colca.inventory.location.LocationNames;

/** {@link LocationNames}: one query over {@code locations} (deleted rows too), by primary key. */
@Stateless
@PermitAll
public class DefaultLocationNames implements LocationNames {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT id, code, name FROM locations WHERE id = ANY(CAST(:ids AS bigint[]))",
                Tuple.class).setParameter("ids", ids.stream().map(String::valueOf)
                        .reduce((a, b) -> a + "," + b).map(s -> "{" + s + "}").orElse("{}"))
                .getResultList();
        for (Tuple r : rows) {
            names.put(((Number) r.get("id")).longValue(), r.get("code", String.class) + " · " + r.get("name", String.class));
        }
        return names;
    }
}
