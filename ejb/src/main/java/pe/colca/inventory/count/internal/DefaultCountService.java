package pe.colca.inventory.count.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.common.Where;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.SqlFailure;
import pe.colca.inventory.count.AuditSnapshot;
import pe.colca.inventory.count.CountAlreadyOpen;
import pe.colca.inventory.count.CountChanged;
import pe.colca.inventory.count.CountCodeUnknown;
import pe.colca.inventory.count.CountCorrections;
import pe.colca.inventory.count.CountFilter;
import pe.colca.inventory.count.CountLine;
import pe.colca.inventory.count.CountLineFilter;
import pe.colca.inventory.count.CountNotFound;
import pe.colca.inventory.count.CountScope;
import pe.colca.inventory.count.CountService;
import pe.colca.inventory.count.CountStart;
import pe.colca.inventory.count.CountStatus;
import pe.colca.inventory.count.CountSummary;
import pe.colca.inventory.count.CountVariantNotIncluded;
import pe.colca.inventory.count.InventoryCount;
import pe.colca.inventory.count.InventoryCountLine;
import pe.colca.inventory.InventoryStock;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.count.SnapshotFilter;
import pe.colca.inventory.count.SnapshotType;
import pe.colca.security.AuditTrail;
import pe.colca.security.StoreScope;
import pe.colca.security.UserDirectory;
import pe.colca.inventory.internal.SeparationOfDuties;
import pe.colca.inventory.internal.StockLedger;

/**
 * Physical counts and audit snapshots (docs/inventory-counts.md). Stock changes only through
 * {@link StockLedger} (COUNT_CORRECTION), for any variant the catalog has not deleted, sellable or
 * not (a discontinued product's stock is counted like any other). Catalog data comes from
 * {@link CatalogReader} or, for the paged lines, the catalog's view {@code catalog_variant_index};
 * who started, counted and approved is named by the security area ({@link UserDirectory}). Every action on a count first takes the count row under a
 * row lock, so scans, submission and approval of one count are serialised; state transitions also
 * check the version the caller read (409 when stale).
 */
@Stateless
public class DefaultCountService implements CountService {

    private static final String TABLE = "inventory_counts";
    private static final Map<String, String> COUNT_SORT = Map.of(
            "startedAt", "c.started_at",
            "countNumber", "c.count_number",
            "status", "c.status");
    private static final String SUMMARY_FROM = " FROM inventory_counts c JOIN locations l ON l.id = c.location_id";
    private static final String SUMMARY_SELECT = "SELECT c.id, c.count_number, c.location_id, l.code, l.name,"
            + " c.scope, c.status, c.notes, c.started_at, c.started_by, c.submitted_at, c.approved_at, c.approved_by,"
            + " (SELECT count(*) FROM inventory_count_lines x WHERE x.count_id = c.id),"
            + " (SELECT count(*) FROM inventory_count_lines x WHERE x.count_id = c.id"
            + "   AND x.counted_quantity IS NOT NULL),"
            + " (SELECT count(*) FROM inventory_count_lines x WHERE x.count_id = c.id"
            + "   AND x.counted_quantity <> x.system_quantity), c.version" + SUMMARY_FROM;
    private static final String LINES_FROM = " FROM inventory_count_lines x"
            + " JOIN inventory_counts c ON c.id = x.count_id"
            + " JOIN catalog_variant_index v ON v.variant_id = x.variant_id"
            + " LEFT JOIN inventory_stock s ON s.variant_id = x.variant_id AND s.location_id = c.location_id";
    private static final String LINES_SELECT = "SELECT x.id, x.variant_id, v.sku, v.barcode, v.product_name, v.size,"
            + " v.color, x.system_quantity, x.counted_quantity, coalesce(s.quantity_on_hand, 0), v.cost_price, x.counted_at,"
            + " x.counted_by" + LINES_FROM;
    private static final String LIVE_VARIANT = " FROM catalog_variant_index v"
            + " WHERE NOT v.variant_deleted AND NOT v.product_deleted";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @EJB
    private StockLedger ledger;

    @EJB
    private AuditTrail audit;

    @EJB
    private FullSnapshot fullSnapshot;

    @EJB
    private CatalogReader catalog;

    @EJB
    private UserDirectory userNames;

    @EJB
    private StoreScope scope;

    @EJB
    private SeparationOfDuties duties;

    // ============================================================================== queries

    @Override
    @RolesAllowed("inventory.view")
    public Page<CountSummary> counts(CountFilter filter, PageRequest page) {
        CountFilter f = filter == null ? CountFilter.all() : filter;
        Where where = new Where()
                .andIf(f.locationId() == null ? null : f.locationId().longValue(), "c.location_id = :location", "location")
                .andIf(f.status() == null ? null : f.status().name(), "c.status = :status", "status")
                .andContains(f.text(), "(lower(c.count_number) LIKE :text ESCAPE '!' OR lower(coalesce(c.notes, ''))"
                        + " LIKE :text ESCAPE '!' OR lower(l.code) LIKE :text ESCAPE '!' OR lower(l.name) LIKE :text"
                        + " ESCAPE '!')", "text");
        scope.within(where, "c.location_id");
        String sort = page.sortField() == null ? "c.started_at" : COUNT_SORT.getOrDefault(page.sortField(), "c.started_at");
        boolean ascending = page.sortField() != null && page.ascending();
        Query query = em.createNativeQuery(SUMMARY_SELECT + where + " ORDER BY " + sort
                + (ascending ? " ASC" : " DESC") + ", c.id" + (ascending ? " ASC" : " DESC"));
        Query count = em.createNativeQuery("SELECT count(*)" + SUMMARY_FROM + where);
        Page<Object[]> rows = where.page(query, count, page, r -> r);
        Map<Long, String> names = CountRows.names(userNames, rows.items(), 9, 12);
        return rows.map(r -> CountRows.summary(r, names));
    }

    @Override
    @RolesAllowed("inventory.view")
    public CountSummary count(long id) {
        find(id); // not found, or outside the caller's scope
        List<?> found = em.createNativeQuery(SUMMARY_SELECT + " WHERE c.id = :id").setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            throw new CountNotFound(id);
        }
        Object[] row = (Object[]) found.get(0);
        return CountRows.summary(row, CountRows.names(userNames, java.util.Collections.singletonList(row), 9, 12));
    }

    @Override
    @RolesAllowed("inventory.view")
    public Page<CountLine> lines(long countId, CountLineFilter filter, PageRequest page) {
        CountLineFilter f = filter == null ? CountLineFilter.all() : filter;
        find(countId);
        Where where = new Where().and("x.count_id = :count", "count", countId)
                .andContains(f.text(), "(lower(v.sku) LIKE :text ESCAPE '!' OR lower(coalesce(v.barcode, ''))"
                        + " LIKE :text ESCAPE '!' OR lower(v.product_name) LIKE :text ESCAPE '!')", "text");
        if (f.differencesOnly()) {
            where.and("x.counted_quantity IS NOT NULL AND x.counted_quantity <> x.system_quantity");
        }
        if (f.notCountedOnly()) {
            where.and("x.counted_quantity IS NULL");
        }
        Query query = em.createNativeQuery(LINES_SELECT + where + " ORDER BY v.sku, x.id");
        Query count = em.createNativeQuery("SELECT count(*)" + LINES_FROM + where);
        Page<Object[]> rows = where.page(query, count, page, r -> r);
        Map<Long, String> names = CountRows.names(userNames, rows.items(), 12);
        return rows.map(r -> CountRows.line(r, names));
    }

    @Override
    @RolesAllowed("inventory.view")
    public CountCorrections preview(long countId, boolean uncountedAsZero) {
        find(countId);
        return CountCorrections.of(allLines(countId), uncountedAsZero);
    }

    @Override
    @RolesAllowed("inventory.view")
    public Page<AuditSnapshot> snapshots(SnapshotFilter filter, PageRequest page) {
        SnapshotFilter f = filter == null ? SnapshotFilter.all() : filter;
        Where where = new Where()
                .andIf(f.locationId() == null ? null : f.locationId().longValue(), "a.locationId = :location", "location")
                .andIf(f.variantId(), "a.variantId = :variant", "variant")
                .andIf(f.type(), "a.snapshotType = :type", "type")
                .andIf(f.from(), "a.snapshotAt >= :from", "from")
                .andIf(f.to(), "a.snapshotAt < :to", "to");
        scope.within(where, "a.locationId");
        return where.page(em.createQuery("SELECT a FROM AuditSnapshot a" + where
                        + " ORDER BY a.snapshotAt DESC, a.locationId, a.variantId", AuditSnapshot.class),
                em.createQuery("SELECT count(a) FROM AuditSnapshot a" + where, Long.class), page);
    }

    // ============================================================================== counting

    @Override
    @RolesAllowed("inventory.count")
    public CountSummary start(CountStart start) {
        Locale locale = request.getLocale();
        if (start == null || start.locationId() == null || start.locationId() <= 0) {
            throw InvalidInput.of("locationId", Messages.format(locale, "inventory.location.required"));
        }
        if (start.scope() == null) {
            throw InvalidInput.of("scope", Messages.format(locale, "inventory.count.scope.required"));
        }
        if (start.notes() != null && start.notes().length() > 2000) {
            throw InvalidInput.of("notes", Messages.format(locale, "inventory.count.notes.size"));
        }
        Location location = ledger.movableLocation(start.locationId());
        scope.require(location.getId());
        List<Long> selected = start.scope() == CountScope.SELECTED ? selection(start, locale) : List.of();
        refuseUnfinished(location);
        InventoryCount count = new InventoryCount(location.getId().longValue(), start.scope(), start.notes(),
                ledger.user());
        em.persist(count);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.UNIQUE_VIOLATION)) {
                // another count of the location was started at the same moment
                throw new CountAlreadyOpen(location.getCode(), "?");
            }
            throw e;
        }
        if (start.scope() == CountScope.ALL) {
            em.createNativeQuery("INSERT INTO inventory_count_lines (id, count_id, variant_id)"
                            + " SELECT nextval('inventory_count_lines_seq'), :count, s.variant_id FROM inventory_stock s"
                            + " JOIN catalog_variant_index v ON v.variant_id = s.variant_id AND NOT v.variant_deleted"
                            + " WHERE s.location_id = :location ORDER BY s.variant_id")
                    .setParameter("count", count.getId())
                    .setParameter("location", location.getId().longValue())
                    .executeUpdate();
        } else {
            for (Long variant : selected) {
                em.persist(new InventoryCountLine(count.getId(), variant));
            }
            em.flush();
        }
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("countNumber", count.getCountNumber());
        now.put("locationId", location.getId());
        now.put("scope", count.getScope().name());
        now.put("status", count.getStatus().name());
        audit.record("START", TABLE, count.getId(), null, now);
        return count(count.getId());
    }

    @Override
    @RolesAllowed("inventory.count")
    public CountLine scan(long countId, String code, Integer units) {
        Locale locale = request.getLocale();
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("code", Messages.format(locale, "inventory.count.code.required"));
        }
        int add = units == null ? 1 : units;
        if (add < 1 || add > InventoryCountLine.MAX_QUANTITY) {
            throw InvalidInput.of("quantity", Messages.format(locale, "inventory.count.units.range"));
        }
        InventoryCount count = locked(countId);
        count.require(CountStatus.OPEN);
        VariantInfo variant = catalog.variantByCode(code.strip()).orElseThrow(() -> new CountCodeUnknown(code.strip()));
        InventoryCountLine line = line(count, variant.variantId(), variant.sku());
        int total = (line.isCounted() ? line.getCountedQuantity() : 0) + add;
        if (total > InventoryCountLine.MAX_QUANTITY) {
            throw InvalidInput.of("quantity", Messages.format(locale, "inventory.count.units.range"));
        }
        line.add(add, onHand(line.getVariantId(), count.getLocationId()), ledger.user());
        em.flush();
        return lineView(line.getId());
    }

    @Override
    @RolesAllowed("inventory.count")
    public CountLine setCounted(long countId, long variantId, int counted) {
        if (counted < 0 || counted > InventoryCountLine.MAX_QUANTITY) {
            throw InvalidInput.of("quantity", Messages.format(request.getLocale(), "inventory.count.units.range"));
        }
        InventoryCount count = locked(countId);
        count.require(CountStatus.OPEN);
        InventoryCountLine line = line(count, variantId, ledger.requireVariant(variantId).sku());
        line.set(counted, onHand(variantId, count.getLocationId()), ledger.user());
        em.flush();
        return lineView(line.getId());
    }

    // ============================================================================== transitions

    @Override
    @RolesAllowed("inventory.count")
    public CountSummary submit(long countId, long version) {
        InventoryCount count = current(countId, version);
        count.submit(ledger.user());
        transitioned(count, "SUBMIT", CountStatus.OPEN, Map.of());
        return count(countId);
    }

    @Override
    @RolesAllowed("inventory.count")
    public CountSummary cancel(long countId, long version) {
        InventoryCount count = current(countId, version);
        CountStatus before = count.getStatus();
        count.cancel(ledger.user());
        transitioned(count, "CANCEL", before, Map.of());
        return count(countId);
    }

    @Override
    @RolesAllowed("inventory.count.approve")
    public CountCorrections approve(long countId, long version, boolean uncountedAsZero) {
        InventoryCount count = current(countId, version);
        count.require(CountStatus.SUBMITTED);
        duties.approveCount(count.getCountNumber(), count.getSubmittedBy());
        Location location = ledger.movableLocation(count.getLocationId().intValue());
        Long by = ledger.user();
        Instant now = Instant.now();
        String reference = count.getCountNumber();
        // lines in variant order: the stock rows of the location are locked in (variant, location) order
        List<InventoryCountLine> lines = em.createQuery("SELECT l FROM InventoryCountLine l WHERE l.countId = :c"
                + " ORDER BY l.variantId", InventoryCountLine.class).setParameter("c", countId).getResultList();
        for (InventoryCountLine line : lines) {
            long variant = line.getVariantId();
            InventoryStock stock;
            if (!line.isCounted()) {
                if (!uncountedAsZero) {
                    continue;
                }
                stock = ledger.locked(variant, location.getId());
                line.set(0, stock == null ? 0 : stock.getQuantityOnHand(), by);
            }
            int difference = line.difference();
            if (difference > 0) {
                stock = ledger.credit(variant, location, difference, MovementType.COUNT_CORRECTION, reference,
                        "conteo " + reference).stock();
            } else if (difference < 0) {
                stock = ledger.debit(variant, location, -difference, MovementType.COUNT_CORRECTION, reference,
                        "conteo " + reference).stock();
            } else {
                stock = ledger.locked(variant, location.getId());
            }
            ledger.markCounted(stock, now);
            em.persist(new AuditSnapshot(variant, location.getId().longValue(), line.getCountedQuantity(), difference,
                    SnapshotType.COUNT, by, now));
        }
        count.approve(by, now, uncountedAsZero);
        em.flush();
        CountCorrections posted = CountCorrections.of(allLines(countId), false);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("uncountedAsZero", uncountedAsZero);
        details.put("correctedLines", posted.correctedLines());
        details.put("unitsIn", posted.unitsIn());
        details.put("unitsOut", posted.unitsOut());
        details.put("valueIn", posted.valueIn());
        details.put("valueOut", posted.valueOut());
        transitioned(count, "APPROVE", CountStatus.SUBMITTED, details);
        return posted;
    }

    // ============================================================================== snapshots

    @Override
    @RolesAllowed("inventory.count.approve")
    public int takeSnapshot() {
        return fullSnapshot.take(SnapshotType.MANUAL, ledger.user());
    }

    // ============================================================================== helpers

    private InventoryCount find(long id) {
        InventoryCount count = em.find(InventoryCount.class, id);
        if (count == null) {
            throw new CountNotFound(id);
        }
        scope.require(count.getLocationId());
        return count;
    }

    private InventoryCount locked(long id) {
        InventoryCount count = em.find(InventoryCount.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (count == null) {
            throw new CountNotFound(id);
        }
        scope.require(count.getLocationId());
        return count;
    }

    private InventoryCount current(long id, long version) {
        InventoryCount count = locked(id);
        if (count.getVersion() != version) {
            throw new CountChanged(count.getCountNumber());
        }
        return count;
    }

    private void transitioned(InventoryCount count, String action, CountStatus before, Map<String, Object> details) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new CountChanged(count.getCountNumber());
        }
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("status", count.getStatus().name());
        now.putAll(details);
        audit.record(action, TABLE, count.getId(),
                Map.of("status", before.name(), "countNumber", count.getCountNumber()), now);
    }

    private void refuseUnfinished(Location location) {
        List<?> open = em.createNativeQuery("SELECT count_number FROM inventory_counts WHERE location_id = :l"
                        + " AND status IN ('OPEN', 'SUBMITTED')")
                .setParameter("l", location.getId().longValue()).getResultList();
        if (!open.isEmpty()) {
            throw new CountAlreadyOpen(location.getCode(), (String) open.get(0));
        }
    }

    /** The variants a SELECTED count covers: the SKUs listed plus the live variants of the category. */
    private List<Long> selection(CountStart start, Locale locale) {
        if (start.skus().isEmpty() && start.categoryId() == null) {
            throw InvalidInput.of("skus", Messages.format(locale, "inventory.count.selection.required"));
        }
        java.util.LinkedHashSet<Long> variants = new java.util.LinkedHashSet<>();
        if (!start.skus().isEmpty()) {
            List<String> lower = start.skus().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
            Map<String, Long> bySku = new HashMap<>();
            for (Object o : em.createNativeQuery("SELECT lower(v.sku), v.variant_id" + LIVE_VARIANT
                    + " AND lower(v.sku) IN (:skus)").setParameter("skus", lower).getResultList()) {
                Object[] r = (Object[]) o;
                bySku.put((String) r[0], ((Number) r[1]).longValue());
            }
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < lower.size(); i++) {
                Long id = bySku.get(lower.get(i));
                if (id == null) {
                    unknown.add(start.skus().get(i));
                } else {
                    variants.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                throw InvalidInput.of("skus", Messages.format(locale, "inventory.count.sku.unknown",
                        String.join(", ", unknown)));
            }
        }
        if (start.categoryId() != null) {
            // the category and every category below it (category ids are integers)
            long category = start.categoryId();
            variants.addAll((category > 0 && category <= Integer.MAX_VALUE
                    ? catalog.liveVariantsInCategory((int) category) : Optional.<List<Long>>empty()).orElseThrow(
                    () -> InvalidInput.of("categoryId", Messages.format(locale, "inventory.count.category.unknown",
                            String.valueOf(start.categoryId())))));
        }
        if (variants.isEmpty()) {
            throw InvalidInput.of("categoryId", Messages.format(locale, "inventory.count.selection.empty"));
        }
        return List.copyOf(variants);
    }

    /** The line of the variant; an ALL count gets a new line for a variant found on the shelf only. */
    private InventoryCountLine line(InventoryCount count, long variantId, String sku) {
        List<InventoryCountLine> found = em.createQuery("SELECT l FROM InventoryCountLine l WHERE l.countId = :c"
                        + " AND l.variantId = :v", InventoryCountLine.class)
                .setParameter("c", count.getId()).setParameter("v", variantId).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        if (count.getScope() != CountScope.ALL) {
            throw new CountVariantNotIncluded(sku, count.getCountNumber());
        }
        InventoryCountLine line = new InventoryCountLine(count.getId(), variantId);
        em.persist(line);
        return line;
    }

    private int onHand(long variantId, long locationId) {
        List<?> found = em.createNativeQuery("SELECT quantity_on_hand FROM inventory_stock"
                        + " WHERE variant_id = :v AND location_id = :l")
                .setParameter("v", variantId).setParameter("l", locationId).getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).intValue();
    }

    private CountLine lineView(long lineId) {
        Object[] row = (Object[]) em.createNativeQuery(LINES_SELECT + " WHERE x.id = :id").setParameter("id", lineId)
                .getSingleResult();
        return CountRows.line(row, CountRows.names(userNames, java.util.Collections.singletonList(row), 12));
    }

    private List<CountLine> allLines(long countId) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(LINES_SELECT + " WHERE x.count_id = :c ORDER BY v.sku")
                .setParameter("c", countId).getResultList()) {
            rows.add((Object[]) row);
        }
        Map<Long, String> names = CountRows.names(userNames, rows, 12);
        return rows.stream().map(r -> CountRows.line(r, names)).toList();
    }
}
