package pe.colca.inventory.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.EnumMap;
import java.util.Map;
import pe.colca.reporting.HomeFigure;
import pe.colca.reporting.HomeFigureSource;

/** The inventory's figures of the home page: stock rows and active locations. */
@Stateless
@PermitAll
public class InventoryHomeFigures implements HomeFigureSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<HomeFigure, Long> homeFigures() {
        Tuple t = (Tuple) em.createNativeQuery(
                "SELECT (SELECT count(*) FROM inventory_stock) AS stock_rows,"
                + " (SELECT count(*) FROM locations WHERE is_active AND deleted_at IS NULL) AS active_locations",
                Tuple.class).getSingleResult();
        Map<HomeFigure, Long> figures = new EnumMap<>(HomeFigure.class);
        figures.put(HomeFigure.STOCK_ROWS, ((Number) t.get("stock_rows")).longValue());
        figures.put(HomeFigure.ACTIVE_LOCATIONS, ((Number) t.get("active_locations")).longValue());
        return figures;
    }
}
