package pe.colca.inventory.internal;

import static pe.colca.common.SqlValues.instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Collection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.common.Where;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.SqlFailure;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.inventory.InventoryMovement;
import pe.colca.inventory.InventoryService;
import pe.colca.inventory.InventoryStock;
import pe.colca.inventory.LedgerMismatch;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.MovementFilter;
import pe.colca.inventory.MovementNotFound;
import pe.colca.inventory.MovementPosted;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.Reservation;
import pe.colca.inventory.ReservationNotFound;
import pe.colca.inventory.ReservationRequest;
import pe.colca.inventory.StockAdjustment;
import pe.colca.inventory.StockChange;
import pe.colca.inventory.StockFilter;
import pe.colca.inventory.StockInsufficient;
import pe.colca.inventory.StockLine;
import pe.colca.inventory.StockLineFilter;
import pe.colca.inventory.StockSummary;
import pe.colca.inventory.VariantLabel;
import pe.colca.security.AuditTrail;
import pe.colca.security.StoreScope;

/**
 * The inventory service: validation, permissions, audit and the read models; every change of an
 * {@code inventory_stock} row is {@link StockLedger}'s (the one stock path, where the concurrency
 * rules are written down: one conditional {@code UPDATE} per reservation, release and conversion,
 * {@code SELECT ... FOR UPDATE} plus the entity's guarded mutators for on-hand movements).
 *
 * <p>Sellability: reservations, direct sales and conversions apply the catalog's rule
 * ({@link StockLedger#requireSellable}, one indexed read of the catalog's view before any stock row
 * is locked), so a deleted, inactive, draft or discontinued variant can be looked up but not sold;
 * receipts, returns and adjustments accept any variant the catalog has not deleted, so the stock of
 * a discontinued product can still be received back, counted and moved out.
 *
 * <p>A reservation is acted on once: release, convert and the sweep all remove its row under a row
 * lock, so a converted reservation can never be released (its row is gone) and vice versa. Catalog
 * data (SKU, product name, cost) comes from {@link CatalogReader} or, for paged lists that sort and
 * search by it, from the catalog's view {@code catalog_variant_index}; inventory never names the
 * catalog's tables.
 */
@Stateless
public class DefaultInventoryService implements InventoryService {

    static final String TTL_SETTING = "inventory.reservation.ttl_minutes";
    static final int DEFAULT_TTL_MINUTES = 15;
    static final long SETTING_CACHE_MILLIS = 5_000;
    private static volatile CachedTtl ttlCache;
    private static final Map<String, String> STOCK_SORT = Map.of(
            "variantId", "s.variantId",
            "onHand", "s.quantityOnHand",
            "reserved", "s.quantityReserved",
            "available", "(s.quantityOnHand - s.quantityReserved)",
            "updatedAt", "s.lastUpdatedAt");

    @PersistenceContext
    private EntityManager em;

    /** Typed, cached system settings (the reservation TTL). */
    @EJB
    private pe.colca.settings.Settings settings;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private AuditTrail audit;

    @EJB
    private ReservationSweep sweep;

    @EJB
    private CatalogReader catalog;

    @EJB
    private StockLedger ledger;

    /** Store scope: every location-bound action and every list (docs/conventions.md, "Store scope"). */
    @EJB
    private StoreScope scope;

    @EJB
    private SeparationOfDuties duties;

    // ============================================================================== movements

    @Override
    @RolesAllowed("inventory.receive")
    public MovementPosted receive(StockChange change) {
        StockChange c = Checks.valid(validator, change, request.getLocale()).normalized();
        scope.require(ledger.location(c.locationId()).getId()); // unknown: 400 first
        return ledger.credit(c.variantId(), ledger.movableLocation(c.locationId()), c.quantity(),
                MovementType.PURCHASE_RECEIPT, c.referenceDoc(), c.notes());
    }

    @Override
    @RolesAllowed("order.fulfill")
    public MovementPosted sell(StockChange change) {
        StockChange c = Checks.valid(validator, change, request.getLocale()).normalized();
        scope.require(ledger.location(c.locationId()).getId()); // unknown: 400 first
        Location location = ledger.sellingLocation(c.locationId());
        ledger.requireSellable(c.variantId());
        return ledger.debit(c.variantId(), location, c.quantity(), MovementType.SALE,
                c.referenceDoc(), c.notes());
    }

    @Override
    @RolesAllowed({"inventory.receive", "order.fulfill"})
    public MovementPosted acceptReturn(StockChange change) {
        StockChange c = Checks.valid(validator, change, request.getLocale()).normalized();
        scope.require(ledger.location(c.locationId()).getId()); // unknown: 400 first
        return ledger.credit(c.variantId(), ledger.movableLocation(c.locationId()), c.quantity(),
                MovementType.CUSTOMER_RETURN, c.referenceDoc(), c.notes());
    }

    @Override
    @RolesAllowed("inventory.adjust")
    public MovementPosted adjust(StockAdjustment adjustment) {
        StockAdjustment a = Checks.valid(validator, adjustment, request.getLocale()).normalized();
        scope.require(ledger.location(a.locationId()).getId());
        Location location = ledger.movableLocation(a.locationId());
        MovementPosted posted = a.quantity() > 0
                ? ledger.credit(a.variantId(), location, a.quantity(), MovementType.ADJUSTMENT, a.referenceDoc(),
                        a.reason())
                : ledger.debit(a.variantId(), location, -a.quantity(), MovementType.ADJUSTMENT, a.referenceDoc(),
                        a.reason());
        InventoryStock stock = posted.stock();
        int before = stock.getQuantityOnHand() - a.quantity();
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("variantId", a.variantId());
        old.put("locationId", a.locationId());
        old.put("quantityOnHand", before);
        Map<String, Object> now = new LinkedHashMap<>(old);
        now.put("quantityOnHand", stock.getQuantityOnHand());
        now.put("adjustment", a.quantity());
        now.put("reason", a.reason());
        now.put("movementId", posted.movement().getId());
        audit.record("ADJUST", "inventory_stock", stock.getId(), old, now);
        return posted;
    }

    @Override
    @RolesAllowed("inventory.view")
    public InventoryMovement movement(long id) {
        InventoryMovement movement = em.find(InventoryMovement.class, id);
        if (movement == null) {
            throw new MovementNotFound(id);
        }
        long at = movement.getToLocationId() != null ? movement.getToLocationId() : movement.getFromLocationId();
        scope.requireAny(at, movement.getFromLocationId() != null ? movement.getFromLocationId() : at);
        return movement;
    }

    @Override
    @RolesAllowed("inventory.view")
    public Page<InventoryMovement> movements(MovementFilter filter, PageRequest page) {
        MovementFilter f = filter == null ? MovementFilter.all() : filter;
        Where where = new Where()
                .andIf(f.variantId(), "m.variantId = :variant", "variant")
                .andIf(f.locationId() == null ? null : f.locationId().longValue(),
                        "(m.fromLocationId = :location OR m.toLocationId = :location)", "location")
                .andIf(f.type(), "m.movementType = :type", "type")
                .andIf(f.from(), "m.createdAt >= :from", "from")
                .andIf(f.to(), "m.createdAt < :to", "to");
        scope.withinEither(where, "m.fromLocationId", "m.toLocationId");
        String direction = page.ascending() ? " ASC" : " DESC";
        return where.page(em.createQuery("SELECT m FROM InventoryMovement m" + where
                        + " ORDER BY m.createdAt" + direction + ", m.id" + direction, InventoryMovement.class),
                em.createQuery("SELECT count(m) FROM InventoryMovement m" + where, Long.class), page);
    }

    // ============================================================================== stock queries

    @Override
    @RolesAllowed("inventory.view")
    public List<InventoryStock> stockOfVariant(long variantId) {
        Where where = scope.within(new Where().and("s.variantId = :v", "v", variantId), "s.locationId");
        return where.bind(em.createQuery("SELECT s FROM InventoryStock s" + where + " ORDER BY s.locationId",
                InventoryStock.class)).getResultList();
    }

    @Override
    @RolesAllowed("inventory.view")
    public Page<InventoryStock> stockAtLocation(int locationId, StockFilter filter, PageRequest page) {
        scope.require(locationId);
        StockFilter f = filter == null ? StockFilter.all() : filter;
        Where where = new Where().and("s.locationId = :location", "location", (long) locationId)
                .andIf(f.variantId(), "s.variantId = :variant", "variant");
        if (Boolean.TRUE.equals(f.inStock())) {
            where.and("s.quantityOnHand > s.quantityReserved");
        } else if (Boolean.FALSE.equals(f.inStock())) {
            where.and("s.quantityOnHand <= s.quantityReserved");
        }
        String sort = page.sortField() == null ? "s.variantId" : STOCK_SORT.getOrDefault(page.sortField(), "s.variantId");
        return where.page(em.createQuery("SELECT s FROM InventoryStock s" + where
                        + " ORDER BY " + sort + (page.ascending() ? " ASC" : " DESC") + ", s.id", InventoryStock.class),
                em.createQuery("SELECT count(s) FROM InventoryStock s" + where, Long.class), page);
    }

    @Override
    @RolesAllowed("inventory.view")
    public InventoryStock stock(long variantId, int locationId) {
        scope.require(locationId);
        List<InventoryStock> found = em.createQuery(
                        "SELECT s FROM InventoryStock s WHERE s.variantId = :v AND s.locationId = :l", InventoryStock.class)
                .setParameter("v", variantId).setParameter("l", (long) locationId).getResultList();
        return found.isEmpty() ? new InventoryStock(variantId, (long) locationId) : found.get(0);
    }

    // ============================================================================== console read models

    /** Sort fields of {@link #stockLines} → SQL. */
    private static final Map<String, String> LINE_SORT = Map.of(
            "sku", "v.sku",
            "product", "v.product_name",
            "onHand", "s.quantity_on_hand",
            "reserved", "s.quantity_reserved",
            "available", "s.quantity_available",
            "updatedAt", "s.last_updated_at");

    /** The FROM clause of the stock read models: the catalog through its view, for paging and search by name. */
    private static final String LINES_FROM = " FROM inventory_stock s"
            + " LEFT JOIN catalog_variant_index v ON v.variant_id = s.variant_id"
            + " LEFT JOIN inventory_alerts a ON a.variant_id = s.variant_id AND a.location_id = s.location_id"
            + " AND a.is_active";
    private static final String LOW = "(CASE WHEN a.min_threshold IS NOT NULL"
            + " THEN s.quantity_available < a.min_threshold ELSE s.quantity_available <= :low END)";

    @Override
    @RolesAllowed("inventory.view")
    public Page<StockLine> stockLines(int locationId, StockLineFilter filter, PageRequest page) {
        scope.require(locationId);
        StockLineFilter f = filter == null ? new StockLineFilter(null, false, false, 0) : filter;
        StringBuilder where = new StringBuilder(" WHERE s.location_id = :location");
        Map<String, Object> params = new HashMap<>();
        params.put("location", (long) locationId);
        params.put("low", Math.max(0, f.defaultLowStock()));
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (lower(v.sku) LIKE :text ESCAPE '!' OR lower(v.product_name) LIKE :text ESCAPE '!')");
            params.put("text", Where.containing(f.text()));
        }
        if (f.inStockOnly()) {
            where.append(" AND s.quantity_available > 0");
        }
        if (f.lowStockOnly()) {
            where.append(" AND ").append(LOW);
        }
        String sort = page.sortField() == null ? "v.sku" : LINE_SORT.getOrDefault(page.sortField(), "v.sku");
        Query query = em.createNativeQuery("SELECT s.variant_id, v.sku, v.product_name, v.size, v.color,"
                + " s.quantity_on_hand, s.quantity_reserved, s.quantity_available, s.last_counted_at,"
                + " s.last_updated_at, v.cost_price, a.min_threshold, " + LOW + LINES_FROM + where
                + " ORDER BY " + sort + (page.ascending() ? " ASC" : " DESC") + " NULLS LAST, s.id");
        Query count = em.createNativeQuery("SELECT count(*)" + LINES_FROM + where);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            if (!"low".equals(k) || f.lowStockOnly()) {
                count.setParameter(k, v);
            }
        });
        List<StockLine> items = new ArrayList<>();
        for (Object o : query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new StockLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                    ((Number) r[7]).intValue(), instant(r[8]), instant(r[9]), (BigDecimal) r[10],
                    r[11] == null ? null : ((Number) r[11]).intValue(), Boolean.TRUE.equals(r[12])));
        }
        return new Page<>(items, ((Number) count.getSingleResult()).longValue(), page.offset(), page.limit());
    }

    @Override
    @RolesAllowed("inventory.view")
    public StockSummary stockSummary(int locationId, int defaultLowStock) {
        scope.require(locationId);
        Object[] r = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(sum(s.quantity_on_hand), 0),"
                        + " count(*) FILTER (WHERE " + LOW + "), count(*) FILTER (WHERE s.quantity_available = 0),"
                        + " coalesce(sum(s.quantity_on_hand * v.cost_price), 0),"
                        + " count(*) FILTER (WHERE v.cost_price IS NULL)" + LINES_FROM
                        + " WHERE s.location_id = :location")
                .setParameter("location", (long) locationId)
                .setParameter("low", Math.max(0, defaultLowStock))
                .getSingleResult();
        return new StockSummary(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ((BigDecimal) r[4]).setScale(2, java.math.RoundingMode.HALF_UP), ((Number) r[5]).longValue());
    }

    @Override
    @RolesAllowed("inventory.view")
    public Map<Long, VariantLabel> variantLabels(Collection<Long> variantIds) {
        Map<Long, VariantLabel> labels = new HashMap<>();
        if (variantIds == null || variantIds.isEmpty()) {
            return labels;
        }
        catalog.variants(variantIds).forEach((id, v) -> labels.put(id, label(v)));
        return labels;
    }

    @Override
    @RolesAllowed("inventory.view")
    public VariantLabel variantBySku(String sku) {
        return catalog.variantByCode(sku).map(DefaultInventoryService::label).orElse(null);
    }

    /** How inventory screens name a catalog variant. */
    public static VariantLabel label(VariantInfo v) {
        return new VariantLabel(v.variantId(), v.sku(), v.productName(), v.size(), v.color());
    }


    // ============================================================================== reservations

    @Override
    @RolesAllowed("inventory.reserve")
    public Reservation reserve(ReservationRequest reservation) {
        ReservationRequest r = Checks.valid(validator, reservation, request.getLocale()).normalized();
        scope.require(ledger.location(r.locationId()).getId());
        Location location = ledger.sellingLocation(r.locationId());
        ledger.requireSellable(r.variantId());
        // the reservation row first, the stock row last: the row lock of a hot SKU is then held only
        // for the conditional UPDATE and the commit (a refusal rolls the INSERT back)
        Reservation held = new Reservation(r.variantId(), location.getId().longValue(), r.sessionId(), r.quantity(),
                Instant.now().plusSeconds(ttlSeconds(r.ttlSeconds())));
        held.createdBy(ledger.user());
        em.persist(held);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailure.is(e, SqlFailure.FOREIGN_KEY_VIOLATION)) {
                throw InvalidInput.of("variantId", Messages.format(request.getLocale(), "inventory.variant.unknown",
                        String.valueOf(r.variantId())));
            }
            throw e;
        }
        // the audit row before the stock row too: a refused UPDATE rolls it back with the reservation
        audit.recordAs(ledger.user(), "RESERVE", InventoryAudits.RESERVATIONS, held.getId(), null,
                InventoryAudits.reservation(held));
        ledger.reserve(r.variantId(), location, r.quantity());
        return held;
    }

    @Override
    @RolesAllowed({"inventory.reserve", "inventory.view"})
    public Reservation reservation(long id) {
        Reservation reservation = em.find(Reservation.class, id);
        if (reservation == null) {
            throw new ReservationNotFound(id);
        }
        scope.require(reservation.getLocationId());
        return reservation;
    }

    @Override
    @RolesAllowed("inventory.reserve")
    public Reservation extend(long reservationId, Integer ttlSeconds) {
        if (ttlSeconds != null && (ttlSeconds < 1 || ttlSeconds > 86_400)) {
            throw InvalidInput.of("ttlSeconds", Messages.format(request.getLocale(), "inventory.ttl.range"));
        }
        Reservation reservation = lockedReservation(reservationId);
        Map<String, Object> before = InventoryAudits.reservation(reservation);
        reservation.extendUntil(Instant.now().plusSeconds(ttlSeconds(ttlSeconds)));
        audit.recordAs(ledger.user(), "RESERVATION_EXTEND", InventoryAudits.RESERVATIONS, reservationId, before,
                InventoryAudits.reservation(reservation));
        return reservation;
    }

    @Override
    @RolesAllowed("inventory.reserve")
    public void release(long reservationId) {
        Reservation reservation = lockedReservation(reservationId);
        em.remove(reservation);
        em.flush();
        ledger.release(reservation.getVariantId(), reservation.getLocationId(), reservation.getQuantity(),
                ledger.user());
        audit.recordAs(ledger.user(), "RESERVATION_RELEASE", InventoryAudits.RESERVATIONS, reservationId,
                InventoryAudits.reservation(reservation), null);
    }

    @Override
    @RolesAllowed("inventory.reserve")
    public MovementPosted convert(long reservationId, String referenceDoc) {
        if (referenceDoc != null && referenceDoc.strip().length() > 100) {
            throw InvalidInput.of("referenceDoc", Messages.format(request.getLocale(), "inventory.referenceDoc.size"));
        }
        Reservation reservation = lockedReservation(reservationId);
        // a product discontinued (or a variant deactivated) since the reservation is not sold
        ledger.requireSellable(reservation.getVariantId());
        em.remove(reservation);
        em.flush();
        MovementPosted sold = ledger.sellReserved(reservation.getVariantId(),
                em.find(Location.class, reservation.getLocationId().intValue()),
                reservation.getQuantity(),
                referenceDoc == null || referenceDoc.isBlank() ? "reservation:" + reservationId : referenceDoc.strip(),
                "reservation " + reservationId + " (session " + reservation.getSessionId() + ")");
        audit.recordAs(ledger.user(), "RESERVATION_CONVERT", InventoryAudits.RESERVATIONS, reservationId,
                InventoryAudits.reservation(reservation), InventoryAudits.converted(sold.movement()));
        return sold;
    }

    @Override
    @RolesAllowed("inventory.adjust")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int releaseExpiredReservations() {
        return sweep.releaseAllExpired();
    }

    // ============================================================================== reconciliation

    @Override
    @RolesAllowed("inventory.view")
    @SuppressWarnings("unchecked")
    public List<LedgerMismatch> reconcile(Long variantId, Integer locationId) {
        if (locationId != null) {
            scope.require(locationId);
        }
        StringBuilder ledgerWhere = new StringBuilder();
        StringBuilder stockWhere = new StringBuilder(" WHERE 1 = 1");
        if (variantId != null) {
            ledgerWhere.append(" AND variant_id = :v");
            stockWhere.append(" AND variant_id = :v");
        }
        String to = ledgerWhere + (locationId != null ? " AND to_location_id = :l" : "");
        String from = ledgerWhere + (locationId != null ? " AND from_location_id = :l" : "");
        if (locationId != null) {
            stockWhere.append(" AND location_id = :l");
        }
        Query query = em.createNativeQuery("WITH ledger AS ("
                + " SELECT variant_id, to_location_id AS location_id, quantity::bigint AS q FROM inventory_movements"
                + " WHERE to_location_id IS NOT NULL" + to
                + " UNION ALL"
                + " SELECT variant_id, from_location_id, -quantity::bigint FROM inventory_movements"
                + " WHERE from_location_id IS NOT NULL" + from
                + "), sums AS (SELECT variant_id, location_id, sum(q) AS total FROM ledger GROUP BY variant_id, location_id"
                + "), stock AS (SELECT variant_id, location_id, quantity_on_hand FROM inventory_stock" + stockWhere
                + ") SELECT coalesce(s.variant_id, l.variant_id), coalesce(s.location_id, l.location_id),"
                + " coalesce(s.quantity_on_hand, 0), coalesce(l.total, 0)"
                + " FROM stock s FULL JOIN sums l ON s.variant_id = l.variant_id AND s.location_id = l.location_id"
                + " WHERE coalesce(s.quantity_on_hand, 0) <> coalesce(l.total, 0)"
                + " ORDER BY 1, 2");
        if (variantId != null) {
            query.setParameter("v", variantId);
        }
        if (locationId != null) {
            query.setParameter("l", locationId.longValue());
        }
        List<Object[]> rows = query.getResultList();
        List<LedgerMismatch> mismatches = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            mismatches.add(new LedgerMismatch(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        mismatches.removeIf(m -> !scope.includes(m.locationId()));
        return mismatches;
    }

    // ============================================================================== helpers

    private Reservation lockedReservation(long id) {
        Reservation reservation = em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null) {
            throw new ReservationNotFound(id);
        }
        duties.actOnReservation(reservation); // in scope, and the creator's (or overridden)
        return reservation;
    }

    /** The TTL asked for, capped by the system setting (which is also the default). */
    private long ttlSeconds(Integer asked) {
        long configured = 60L * configuredTtlMinutes();
        return asked == null ? configured : Math.min(asked, configured);
    }

    private int readTtlMinutes() {
        return (int) settings.duration(TTL_SETTING).toMinutes();
    }

    /** The configured TTL, re-read at most every {@value #SETTING_CACHE_MILLIS} ms (reservations are the hot path). */
    private int configuredTtlMinutes() {
        CachedTtl cached = ttlCache;
        long now = System.currentTimeMillis();
        if (cached == null || now - cached.readAt() > SETTING_CACHE_MILLIS) {
            cached = new CachedTtl(readTtlMinutes(), now);
            ttlCache = cached;
        }
        return cached.minutes();
    }

    private record CachedTtl(int minutes, long readAt) {
    }
}
