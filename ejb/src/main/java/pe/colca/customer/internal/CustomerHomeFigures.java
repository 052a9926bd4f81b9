package pe.colca.customer.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.EnumMap;
import java.util.Map;
import pe.colca.reporting.HomeFigure;
import pe.colca.reporting.HomeFigureSource;

/** The customer area's figure of the home page: live customers. */
@Stateless
@PermitAll
public class CustomerHomeFigures implements HomeFigureSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<HomeFigure, Long> homeFigures() {
        Tuple t = (Tuple) em.createNativeQuery(
                "SELECT count(*) AS customers FROM customers WHERE deleted_at IS NULL",
                Tuple.class).getSingleResult();
        Map<HomeFigure, Long> figures = new EnumMap<>(HomeFigure.class);
        figures.put(HomeFigure.CUSTOMERS, ((Number) t.get("customers")).longValue());
        return figures;
    }
}
