package pe.colca.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/**
 * The side menu: one group per business area, in the order of the architecture. An entry whose
 * screen does not exist yet has no outcome and is shown disabled ("próximamente"), never as a link
 * that leads nowhere; giving it an outcome is all a new screen needs. Labels are keys of the
 * {@code msg} bundle.
 */
@Named
@ApplicationScoped
public class Navigation {

    private static final String CATALOG_VIEW = "catalog.product.view";
    private static final String INVENTORY_VIEW = "inventory.view";

    private static final List<Area> AREAS = List.of(
            new Area("menu.catalog", "pi-tags",
                    new Entry("menu.catalog.products", "pi-box", "/backoffice/catalog/products", CATALOG_VIEW),
                    new Entry("menu.catalog.categories", "pi-sitemap", "/backoffice/catalog/categories", CATALOG_VIEW),
                    new Entry("menu.catalog.brands", "pi-bookmark", "/backoffice/catalog/brands", CATALOG_VIEW),
                    new Entry("menu.catalog.import", "pi-upload", "/backoffice/catalog/import", "catalog.import"),
                    new Entry("menu.catalog.prices", "pi-chart-line", "/backoffice/catalog/prices", "catalog.price.edit",
                            CATALOG_VIEW)),
            new Area("menu.inventory", "pi-warehouse",
                    new Entry("menu.inventory.locations", "pi-building", "/backoffice/inventory/locations", "inventory.location.view"),
                    new Entry("menu.inventory.stock", "pi-database", "/backoffice/inventory/stock", INVENTORY_VIEW),
                    new Entry("menu.inventory.movements", "pi-arrow-right-arrow-left", "/backoffice/inventory/movements", INVENTORY_VIEW),
                    new Entry("menu.inventory.transfers", "pi-truck", "/backoffice/inventory/transfers", INVENTORY_VIEW),
                    new Entry("menu.inventory.alerts", "pi-bell", "/backoffice/inventory/alerts", INVENTORY_VIEW),
                    new Entry("menu.inventory.counts", "pi-check-square", "/backoffice/inventory/counts", INVENTORY_VIEW)),
            new Area("menu.customers", "pi-users",
                    new Entry("menu.customers.list", "pi-user", "/backoffice/customers/customers", "customer.view"),
                    new Entry("menu.customers.loyalty", "pi-star", null),
                    new Entry("menu.customers.duplicates", "pi-clone", "/backoffice/customers/duplicates",
                            "customer.merge")),
            new Area("menu.sales", "pi-shopping-cart",
                    new Entry("menu.sales.orders", "pi-shopping-bag", "/backoffice/sales/orders", "order.view"),
                    new Entry("menu.sales.pos", "pi-calculator", "/backoffice/sales/pos", "order.create", "payment.create",
                            "catalog.product.view", "inventory.location.view", "inventory.reserve"),
                    new Entry("menu.sales.returns", "pi-replay", null)),
            new Area("menu.cash", "pi-wallet",
                    new Entry("menu.cash.register", "pi-inbox", "/backoffice/cash/register", "cash.session.open"),
                    new Entry("menu.cash.sessions", "pi-clock", "/backoffice/cash/sessions", "cash.session.view"),
                    new Entry("menu.cash.approvals", "pi-check-circle", "/backoffice/cash/approvals",
                            "cash.session.approve", "cash.session.view"),
                    new Entry("menu.cash.payments", "pi-credit-card", null)),
            new Area("menu.invoicing", "pi-file",
                    new Entry("menu.invoicing.documents", "pi-file-check", "/backoffice/invoicing/documents",
                            "sunat.document.view"),
                    new Entry("menu.invoicing.attention", "pi-exclamation-triangle", "/backoffice/invoicing/attention",
                            "sunat.document.view"),
                    new Entry("menu.invoicing.summaries", "pi-send", "/backoffice/invoicing/summaries", "sunat.document.view"),
                    new Entry("menu.invoicing.voidings", "pi-ban", "/backoffice/invoicing/voidings", "sunat.document.view"),
                    new Entry("menu.invoicing.series", "pi-briefcase", "/backoffice/invoicing/companies", "sunat.company.view"),
                    new Entry("menu.invoicing.deadlines", "pi-stopwatch", "/backoffice/invoicing/deadlines", "sunat.document.view"),
                    new Entry("menu.invoicing.burnt", "pi-hashtag", "/backoffice/invoicing/burnt", "sunat.document.view"),
                    new Entry("menu.invoicing.reconciliation", "pi-check-square", "/backoffice/invoicing/reconciliation",
                            "sunat.reconciliation.view")),
            new Area("menu.promotions", "pi-percentage",
                    new Entry("menu.promotions.list", "pi-megaphone", null),
                    new Entry("menu.promotions.coupons", "pi-ticket", null)),
            new Area("menu.notifications", "pi-bell",
                    new Entry("menu.notifications.templates", "pi-envelope", null),
                    new Entry("menu.notifications.deliveries", "pi-inbox", null)),
            new Area("menu.security", "pi-shield",
                    new Entry("menu.security.users", "pi-user-edit", "/backoffice/security/users",
                            "security.user.view"),
                    new Entry("menu.security.roles", "pi-lock", "/backoffice/security/roles",
                            "security.user.view"),
                    new Entry("menu.security.audit", "pi-history", "/backoffice/security/audit", "audit.view")),
            new Area("menu.reports", "pi-chart-bar",
                    new Entry("menu.reports.sales", "pi-chart-pie", null),
                    new Entry("menu.reports.jobs", "pi-cog", null)),
            new Area("menu.settings", "pi-sliders-h",
                    new Entry("menu.settings.parameters", "pi-wrench", "/backoffice/settings/parameters",
                            "settings.view")));

    /**
     * Screens opened from a list rather than from the menu (detail, merge) → the list's screen: they
     * need what the list needs, so a user without it gets the 403 page there too. Screens a user opens
     * on his own work with other permissions (his cash session and its X/Z report) are not here.
     */
    private static final Map<String, String> DETAILS = Map.of(
            "/backoffice/catalog/product.xhtml", "/backoffice/catalog/products.xhtml",
            "/backoffice/catalog/product-images.xhtml", "/backoffice/catalog/products.xhtml",
            "/backoffice/inventory/transfer.xhtml", "/backoffice/inventory/transfers.xhtml",
            "/backoffice/inventory/count.xhtml", "/backoffice/inventory/counts.xhtml",
            "/backoffice/customers/customer.xhtml", "/backoffice/customers/customers.xhtml",
            "/backoffice/customers/merge.xhtml", "/backoffice/customers/duplicates.xhtml",
            "/backoffice/sales/order.xhtml", "/backoffice/sales/orders.xhtml",
            "/backoffice/invoicing/document.xhtml", "/backoffice/invoicing/documents.xhtml");

    public List<Area> getAreas() {
        return AREAS;
    }

    /**
     * The permissions the screen at this servlet path ({@code /backoffice/…/x.xhtml}) needs, from its
     * menu entry; empty for a screen that is not in the menu.
     */
    public static List<String> permissionsOf(String servletPath) {
        String listed = DETAILS.get(servletPath);
        if (listed != null) {
            servletPath = listed;
        }
        for (Area area : AREAS) {
            for (Entry entry : area.entries) {
                if (entry.isCurrent(servletPath)) {
                    return entry.permissions;
                }
            }
        }
        return List.of();
    }

    /** A business area of the menu. */
    public static final class Area {

        private final String key;
        private final String icon;
        private final List<Entry> entries;

        Area(String key, String icon, Entry... entries) {
            this.key = key;
            this.icon = icon;
            this.entries = List.of(entries);
        }

        public String getKey() {
            return key;
        }

        public String getIcon() {
            return icon;
        }

        public List<Entry> getEntries() {
            return entries;
        }

        /** Whether the menu shows the group to this user: when it shows him at least one entry. */
        public boolean shownTo(HttpServletRequest request) {
            return entries.stream().anyMatch(e -> e.shownTo(request));
        }

        /** Whether the page with this view id belongs to the area (its group opens). */
        public boolean contains(String viewId) {
            return entries.stream().anyMatch(e -> e.isCurrent(viewId));
        }
    }

    /**
     * A screen of an area; {@code outcome} is null while the screen does not exist. An entry with
     * {@code permissions} (all needed: what the screen needs to open) is shown only to users holding
     * them, and {@link ScreenPermissionFilter} answers 403 to the others when they open its URL directly
     * (the screen's services check them anyway). {@code ConsoleMenuMatrixIT} checks both for every entry.
     */
    public static final class Entry {

        private final String key;
        private final String icon;
        private final String outcome;
        private final List<String> permissions;

        Entry(String key, String icon, String outcome, String... permissions) {
            this.key = key;
            this.icon = icon;
            this.outcome = outcome;
            this.permissions = List.of(permissions);
        }

        public boolean shownTo(HttpServletRequest request) {
            return permissions.isEmpty() || (request != null && permissions.stream().allMatch(request::isUserInRole));
        }

        /** The permissions, space-separated (the menu link's {@code data-colca-permissions}). */
        public String getPermissionList() {
            return String.join(" ", permissions);
        }

        public String getKey() {
            return key;
        }

        public String getIcon() {
            return icon;
        }

        public String getOutcome() {
            return outcome;
        }

        public boolean isAvailable() {
            return outcome != null;
        }

        public boolean isCurrent(String viewId) {
            return outcome != null && (outcome + ".xhtml").equals(viewId);
        }
    }
}
