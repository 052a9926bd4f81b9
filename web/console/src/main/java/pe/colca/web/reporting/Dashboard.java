package pe.colca.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.reporting.DashboardService;
import pe.colca.reporting.DashboardService.Counts;
import pe.colca.reporting.DashboardService.LowStockAlert;

/**
 * The home page's cards: live counts, read once per request. When they cannot be read the home
 * page still opens, shows dashes and says the figures are unavailable (the cause goes to the log).
 * The counts need {@code report.view} (users without it see no cards); users who may see stock
 * ({@code inventory.view}) also get the low-stock alerts raised now.
 */
@Named
@RequestScoped
public class Dashboard {

    private static final Logger LOG = Logger.getLogger(Dashboard.class.getName());

    @Inject
    private DashboardService service;

    /** How many raised alerts the home page lists. */
    static final int ALERTS_SHOWN = 10;

    private Counts counts;

    private List<LowStockAlert> lowStock;

    private boolean countsVisible;

    @PostConstruct
    void load() {
        countsVisible = FacesContext.getCurrentInstance().getExternalContext()
                .isUserInRole(DashboardService.COUNTS_PERMISSION);
        if (countsVisible) {
            try {
                counts = service.counts();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Dashboard counts unavailable", e);
            }
        }
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("inventory.view")) {
            try {
                lowStock = service.lowStockAlerts(ALERTS_SHOWN);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Dashboard low-stock alerts unavailable", e);
            }
        }
    }

    /** Whether the user sees the low-stock card (may see stock and the alerts could be read). */
    public boolean isLowStockVisible() {
        return lowStock != null;
    }

    /** The raised low-stock alerts, newest first (empty when none or not visible). */
    public List<LowStockAlert> getLowStock() {
        return lowStock == null ? List.of() : lowStock;
    }

    /** Whether the user may see the chain's figures (report.view); without it the cards are not shown. */
    public boolean isCountsVisible() {
        return countsVisible;
    }

    public boolean isAvailable() {
        return counts != null;
    }

    public Long getProducts() {
        return counts == null ? null : counts.products();
    }

    public Long getStockRows() {
        return counts == null ? null : counts.stockRows();
    }

    public Long getCustomers() {
        return counts == null ? null : counts.customers();
    }

    public Long getOrdersToday() {
        return counts == null ? null : counts.ordersToday();
    }

    public Long getActiveLocations() {
        return counts == null ? null : counts.activeLocations();
    }

    /** When the figures were taken (EL 5 cannot read record components, hence the getter). */
    public Instant getCountedAt() {
        return counts == null ? null : counts.countedAt();
    }

    // ---- SUNAT deadlines (issue 14): documents at risk, for the users who see the documents ----

    @Inject
    private pe.colca.invoicing.Deadlines deadlines;

    private pe.colca.invoicing.Deadlines.AtRisk atRisk;

    private boolean atRiskRead;

    /** Documents and voidings due soon or overdue in the user's stores; null without sunat.document.view or when unreadable. */
    public pe.colca.invoicing.Deadlines.AtRisk getAtRisk() {
        if (!atRiskRead) {
            atRiskRead = true;
            if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("sunat.document.view")) {
                try {
                    atRisk = deadlines.atRisk();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Dashboard deadlines unavailable", e);
                }
            }
        }
        return atRisk;
    }
}
