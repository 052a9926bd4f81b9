package pe.colca.reporting.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import pe.colca.common.PageRequest;
import pe.colca.inventory.alert.StockAlertFilter;
import pe.colca.inventory.alert.StockAlertService;
import pe.colca.reporting.DashboardService;
import pe.colca.reporting.HomeFigure;
import pe.colca.reporting.HomeFigureSource;

/**
 * Reads no table: each area counts its own figures ({@link HomeFigureSource}), and the raised
 * alerts come from the inventory's alert service. All of it runs in this bean's one transaction,
 * so the figures are a consistent snapshot as of {@link Counts#countedAt()}.
 */
@Stateless
@PermitAll
public class DefaultDashboardService implements DashboardService {

    @Inject
    @Any
    private Instance<HomeFigureSource> sources;

    @EJB
    private StockAlertService alerts;

    @Override
    @RolesAllowed(DashboardService.COUNTS_PERMISSION)
    public Counts counts() {
        Map<HomeFigure, Long> figures = new EnumMap<>(HomeFigure.class);
        for (HomeFigureSource source : sources) {
            source.homeFigures().forEach((figure, value) -> figures.merge(figure, value, Long::sum));
        }
        return new Counts(figure(figures, HomeFigure.PRODUCTS), figure(figures, HomeFigure.STOCK_ROWS),
                figure(figures, HomeFigure.CUSTOMERS), figure(figures, HomeFigure.ORDERS_TODAY),
                figure(figures, HomeFigure.ACTIVE_LOCATIONS), Instant.now());
    }

    @Override
    @RolesAllowed("inventory.view")
    public List<LowStockAlert> lowStockAlerts(int limit) {
        PageRequest newestFirst = new PageRequest(0, Math.max(1, Math.min(limit, 100)), "lastTriggeredAt", false);
        return alerts.alerts(new StockAlertFilter(null, null, true, true), newestFirst).items().stream()
                .map(a -> new LowStockAlert(a.id(), a.variantId(), a.sku(), a.productName(), a.locationId(),
                        a.locationCode(), a.locationName(), a.available(), a.threshold(), a.lastTriggeredAt()))
                .toList();
    }

    private static long figure(Map<HomeFigure, Long> figures, HomeFigure figure) {
        return figures.getOrDefault(figure, 0L);
    }
}
