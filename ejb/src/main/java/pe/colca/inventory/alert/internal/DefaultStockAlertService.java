package pe.colca.inventory.alert.internal;

import static pe.colca.common.SqlValues.instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.CatalogReader;
import pe.colca.common.Where;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.StaleVersion;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.alert.StockAlert;
import pe.colca.inventory.alert.StockAlertFilter;
import pe.colca.inventory.alert.StockAlertLine;
import pe.colca.inventory.alert.StockAlertService;
import pe.colca.security.AuditTrail;
import pe.colca.security.StoreScope;
import pe.colca.inventory.internal.DefaultInventoryService;
import pe.colca.inventory.internal.StockLedger;
import pe.colca.inventory.internal.StockLevelChanged;

/**
 * The thresholds of the low-stock alerts. Raising and re-arming alerts is {@link StockAlertWatcher}'s
 * job; this service changes the rules and, after each change, announces the pair as changed
 * ({@link StockLevelChanged}) so the watcher evaluates it at once in the same transaction: a new
 * threshold above the available units raises the alert right away. Deactivating clears the state.
 * Thresholds may be set for any variant the catalog has not deleted, sellable or not. Catalog data
 * comes from {@link CatalogReader} or, for the paged list and the bulk selection, the catalog's view
 * {@code catalog_variant_index}.
 */
@Stateless
public class DefaultStockAlertService implements StockAlertService {

    private static final String ENTITY = "entity.stockAlert";
    private static final Map<String, String> SORT = Map.of(
            "sku", "v.sku",
            "product", "v.product_name",
            "location", "l.code",
            "threshold", "a.min_threshold",
            "available", "coalesce(s.quantity_available, 0)",
            "lastTriggeredAt", "a.last_triggered_at");
    private static final String FROM = " FROM inventory_alerts a"
            + " JOIN catalog_variant_index v ON v.variant_id = a.variant_id"
            + " JOIN locations l ON l.id = a.location_id"
            + " LEFT JOIN inventory_stock s ON s.variant_id = a.variant_id AND s.location_id = a.location_id";
    private static final String COLUMNS = "SELECT a.id, a.variant_id, v.sku, v.product_name, a.location_id, l.code, l.name,"
            + " a.min_threshold, coalesce(s.quantity_available, 0), a.is_active, a.is_below, a.last_triggered_at,"
            + " a.last_recovered_at, a.trigger_count, a.version";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @Inject
    private Event<StockLevelChanged> changes;

    @EJB
    private StockLedger ledger;

    @EJB
    private CatalogReader catalog;

    @EJB
    private AuditTrail audit;

    @EJB
    private StoreScope scope;

    @Override
    @RolesAllowed("inventory.view")
    public Page<StockAlertLine> alerts(StockAlertFilter filter, PageRequest page) {
        StockAlertFilter f = filter == null ? new StockAlertFilter(null, null, null, null) : filter;
        Where where = new Where()
                .andIf(f.locationId() == null ? null : f.locationId().longValue(), "a.location_id = :location", "location")
                .andContains(f.text(), "(lower(v.sku) LIKE :text ESCAPE '!' OR lower(v.product_name) LIKE :text ESCAPE '!')",
                        "text");
        scope.within(where, "a.location_id");
        if (f.below() != null) {
            where.and(f.below() ? "a.is_below" : "NOT a.is_below");
        }
        if (f.active() != null) {
            where.and(f.active() ? "a.is_active" : "NOT a.is_active");
        }
        String sort = page.sortField() == null ? "v.sku" : SORT.getOrDefault(page.sortField(), "v.sku");
        Query query = em.createNativeQuery(COLUMNS + FROM + where + " ORDER BY " + sort
                + (page.ascending() ? " ASC" : " DESC") + " NULLS LAST, a.id");
        Query count = em.createNativeQuery("SELECT count(*)" + FROM + where);
        return where.page(query, count, page, DefaultStockAlertService::line);
    }

    @Override
    @RolesAllowed("inventory.view")
    public StockAlertLine alert(long id) {
        List<?> found = em.createNativeQuery(COLUMNS + FROM + " WHERE a.id = :id").setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFound(ENTITY, id);
        }
        StockAlertLine line = line((Object[]) found.get(0));
        scope.require(line.locationId());
        return line;
    }

    @Override
    @RolesAllowed("inventory.view")
    public StockAlertLine alertOf(long variantId, int locationId) {
        scope.require(locationId);
        List<?> found = em.createNativeQuery(COLUMNS + FROM + " WHERE a.variant_id = :v AND a.location_id = :l")
                .setParameter("v", variantId).setParameter("l", (long) locationId).getResultList();
        return found.isEmpty() ? null : line((Object[]) found.get(0));
    }

    @Override
    @RolesAllowed("inventory.alert.edit")
    public StockAlertLine setThreshold(long variantId, int locationId, int threshold, Boolean active,
                                       Long expectedVersion) {
        checkThreshold(threshold);
        Location location = ledger.location(locationId);
        scope.require(locationId);
        ledger.requireVariant(variantId);
        StockAlert alert = find(variantId, locationId);
        if (alert == null) {
            // two first settings at once: one inserts, the other finds the row and changes it
            em.createNativeQuery("INSERT INTO inventory_alerts (id, variant_id, location_id, min_threshold, is_active)"
                            + " VALUES (nextval('inventory_alerts_seq'), :v, :l, :t, :active)"
                            + " ON CONFLICT (variant_id, location_id) DO NOTHING")
                    .setParameter("v", variantId).setParameter("l", location.getId().longValue())
                    .setParameter("t", threshold).setParameter("active", active == null || active).executeUpdate();
            alert = find(variantId, locationId);
            audit.record("CREATE", "inventory_alerts", alert.getId(), null, snapshot(alert));
        } else {
            if (expectedVersion != null && alert.getVersion() != expectedVersion) {
                throw new StaleVersion(ENTITY, alert.getId());
            }
            Map<String, Object> before = snapshot(alert);
            alert.changeThreshold(threshold);
            if (Boolean.TRUE.equals(active)) {
                alert.activate();
            } else if (Boolean.FALSE.equals(active) && alert.isActive()) {
                alert.deactivate();
                em.flush();
                clearState(alert.getId());
            }
            em.flush();
            audit.record("UPDATE", "inventory_alerts", alert.getId(), before, snapshot(alert));
        }
        changes.fire(new StockLevelChanged(variantId, locationId));
        return alert(alert.getId());
    }

    @Override
    @RolesAllowed("inventory.alert.edit")
    public StockAlertLine setActive(long id, boolean active, long expectedVersion) {
        StockAlert alert = current(id, expectedVersion);
        if (alert.isActive() != active) {
            Map<String, Object> before = snapshot(alert);
            if (active) {
                alert.activate();
            } else {
                alert.deactivate();
            }
            em.flush();
            if (!active) {
                clearState(id);
            }
            audit.record("UPDATE", "inventory_alerts", id, before, snapshot(alert));
            changes.fire(new StockLevelChanged(alert.getVariantId(), alert.getLocationId()));
        }
        return alert(id);
    }

    @Override
    @RolesAllowed("inventory.alert.edit")
    public void delete(long id, long expectedVersion) {
        StockAlert alert = current(id, expectedVersion);
        Map<String, Object> before = snapshot(alert);
        em.remove(alert);
        em.flush();
        audit.record("DELETE", "inventory_alerts", id, before, null);
    }

    @Override
    @RolesAllowed("inventory.alert.edit")
    public int setThresholdForGroup(int locationId, Long categoryId, Long brandId, int threshold) {
        checkThreshold(threshold);
        Location location = ledger.location(locationId);
        scope.require(locationId);
        if (categoryId == null && brandId == null) {
            throw InvalidInput.of("categoryId", text("inventory.alert.groupRequired"));
        }
        // the group through the catalog's view (read-only); the rows written are inventory's own
        String group = " FROM catalog_variant_index v WHERE NOT v.variant_deleted AND NOT v.product_deleted"
                + (categoryId == null ? "" : " AND v.category_id = :category")
                + (brandId == null ? "" : " AND v.brand_id = :brand");
        Query upsert = em.createNativeQuery("INSERT INTO inventory_alerts (id, variant_id, location_id, min_threshold,"
                + " is_active) SELECT nextval('inventory_alerts_seq'), v.variant_id, :l, :t, true" + group
                + " ON CONFLICT (variant_id, location_id) DO UPDATE SET min_threshold = EXCLUDED.min_threshold,"
                + " version = inventory_alerts.version + 1 WHERE inventory_alerts.min_threshold <> EXCLUDED.min_threshold");
        Query variants = em.createNativeQuery("SELECT v.variant_id" + group + " ORDER BY v.variant_id");
        upsert.setParameter("l", location.getId().longValue()).setParameter("t", threshold);
        if (categoryId != null) {
            upsert.setParameter("category", categoryId);
            variants.setParameter("category", categoryId);
        }
        if (brandId != null) {
            upsert.setParameter("brand", brandId);
            variants.setParameter("brand", brandId);
        }
        int changed = upsert.executeUpdate();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("locationId", locationId);
        values.put("categoryId", categoryId);
        values.put("brandId", brandId);
        values.put("threshold", threshold);
        values.put("changed", changed);
        audit.record("BULK_UPDATE", "inventory_alerts", locationId, null, values);
        for (Object v : variants.getResultList()) {
            changes.fire(new StockLevelChanged(((Number) v).longValue(), locationId));
        }
        return changed;
    }

    @Override
    @RolesAllowed("inventory.view")
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        catalog.activeCategories().forEach(c -> groups.add(new Group(c.id(), c.name(), false)));
        catalog.brands().forEach(b -> groups.add(new Group(b.id(), b.name(), true)));
        return groups;
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A deactivated rule is not raised; re-activating it evaluates the pair afresh. */
    private void clearState(long id) {
        em.createNativeQuery("UPDATE inventory_alerts SET is_below = false WHERE id = :id")
                .setParameter("id", id).executeUpdate();
    }

    private StockAlert find(long variantId, int locationId) {
        List<StockAlert> found = em.createQuery(
                        "SELECT a FROM StockAlert a WHERE a.variantId = :v AND a.locationId = :l", StockAlert.class)
                .setParameter("v", variantId).setParameter("l", (long) locationId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private StockAlert current(long id, long expectedVersion) {
        StockAlert alert = em.find(StockAlert.class, id);
        if (alert == null) {
            throw new RecordNotFound(ENTITY, id);
        }
        scope.require(alert.getLocationId());
        if (alert.getVersion() != expectedVersion) {
            throw new StaleVersion(ENTITY, id);
        }
        return alert;
    }

    private void checkThreshold(int threshold) {
        if (threshold < 0 || threshold > MAX_THRESHOLD) {
            throw InvalidInput.of("threshold", text("inventory.alert.threshold.range"));
        }
    }


    private String text(String key) {
        return Messages.format(request.getLocale(), key);
    }

    private static Map<String, Object> snapshot(StockAlert a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("variantId", a.getVariantId());
        values.put("locationId", a.getLocationId());
        values.put("minThreshold", a.getMinThreshold());
        values.put("active", a.isActive());
        return values;
    }

    private static StockAlertLine line(Object[] r) {
        return new StockAlertLine(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), (String) r[5], (String) r[6], ((Number) r[7]).intValue(),
                ((Number) r[8]).intValue(), Boolean.TRUE.equals(r[9]), Boolean.TRUE.equals(r[10]), instant(r[11]),
                instant(r[12]), ((Number) r[13]).intValue(), ((Number) r[14]).longValue());
    }
}
