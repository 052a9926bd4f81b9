package pe.colca.catalog.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.EnumMap;
import java.util.Map;
import pe.colca.reporting.HomeFigure;
import pe.colca.reporting.HomeFigureSource;

/** The catalog's figure of the home page: live products. */
@Stateless
@PermitAll
public class CatalogHomeFigures implements HomeFigureSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<HomeFigure, Long> homeFigures() {
        Tuple t = (Tuple) em.createNativeQuery(
                "SELECT count(*) AS products FROM products WHERE deleted_at IS NULL",
                Tuple.class).getSingleResult();
        Map<HomeFigure, Long> figures = new EnumMap<>(HomeFigure.class);
        figures.put(HomeFigure.PRODUCTS, ((Number) t.get("products")).longValue());
        return figures;
    }
}
