package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.EnumMap;
import java.util.Map;
import pe.colca.reporting.HomeFigure;
import pe.colca.reporting.HomeFigureSource;

/** The sales area's figure of the home page: live orders created since midnight in Lima (America/Lima), whatever the server's time zone. */
@Stateless
@PermitAll
public class SalesHomeFigures implements HomeFigureSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<HomeFigure, Long> homeFigures() {
        Tuple t = (Tuple) em.createNativeQuery(
                "SELECT count(*) AS orders_today FROM orders WHERE deleted_at IS NULL"
                + " AND created_at >= date_trunc('day', now() AT TIME ZONE 'America/Lima') AT TIME ZONE 'America/Lima'",
                Tuple.class).getSingleResult();
        Map<HomeFigure, Long> figures = new EnumMap<>(HomeFigure.class);
        figures.put(HomeFigure.ORDERS_TODAY, ((Number) t.get("orders_today")).longValue());
        return figures;
    }
}
