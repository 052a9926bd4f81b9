package pe.colca.inventory.transfer.internal;

import static pe.colca.common.SqlValues.instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pe.colca.catalog.CatalogReader;
import pe.colca.common.Where;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RequestMetadata;
import pe.colca.common.RuleViolated;
import pe.colca.inventory.transfer.InTransit;
import pe.colca.inventory.InventoryStock;
import pe.colca.inventory.transfer.InventoryTransfer;
import pe.colca.inventory.transfer.InventoryTransferLine;
import pe.colca.inventory.transfer.InventoryTransferReceipt;
import pe.colca.inventory.location.Location;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.transfer.TransferDetail;
import pe.colca.inventory.transfer.TransferDraft;
import pe.colca.inventory.transfer.TransferFilter;
import pe.colca.inventory.transfer.TransferLineInput;
import pe.colca.inventory.transfer.TransferNotFound;
import pe.colca.inventory.transfer.TransferReceiptLine;
import pe.colca.inventory.transfer.TransferService;
import pe.colca.inventory.transfer.TransferStale;
import pe.colca.inventory.transfer.TransferStatus;
import pe.colca.inventory.transfer.TransferStatusInvalid;
import pe.colca.inventory.transfer.TransferStockInsufficient;
import pe.colca.inventory.transfer.TransferSummary;
import pe.colca.inventory.VariantLabel;
import pe.colca.inventory.transfer.internal.TransferLines.Resolved;
import pe.colca.security.AuditTrail;
import pe.colca.security.StoreScope;
import pe.colca.security.UserDirectory;
import pe.colca.inventory.internal.DefaultInventoryService;
import pe.colca.inventory.internal.SeparationOfDuties;
import pe.colca.inventory.internal.StockLedger;

/**
 * Transfers between locations. Stock moves only through {@link StockLedger} (TRANSFER_OUT at dispatch,
 * TRANSFER_IN at each receipt, reference = the transfer number), so the ledger explains every unit.
 * Any variant the catalog has not deleted can be transferred, sellable or not (the stock of a
 * discontinued product goes back to the warehouse); variant data comes from {@link CatalogReader},
 * the in-transit list joins the catalog's view {@code catalog_variant_index}; who did each step is
 * named by the security area ({@link UserDirectory}).
 *
 * <p>Concurrency: every change first takes the transfer row ({@code SELECT ... FOR UPDATE}) and then
 * compares the version the caller read, so of two dispatches (or receipts) of the same transfer the
 * second waits and then fails with {@link TransferStale} instead of moving stock twice. A dispatch
 * then locks the source stock rows of all its lines in (variant, location) order, checks them all
 * (the refusal names every short SKU), and only then debits them: two transfers draining the same
 * stock queue on the rows and can never drive it below zero, and they cannot deadlock with each
 * other or with single-row operations. Receipts credit the destination rows in the same order.
 */
@Stateless
public class DefaultTransferService implements TransferService {

    private static final String TABLE = "inventory_transfers";
    private static final int REASON_MAX = 2000;
    private static final Map<String, String> SORT = Map.of(
            "number", "t.transfer_number",
            "status", "t.status",
            "createdAt", "t.created_at",
            "dispatchedAt", "t.dispatched_at",
            "receivedAt", "t.received_at");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private RequestMetadata request;

    @EJB
    private AuditTrail audit;

    @EJB
    private StockLedger ledger;

    @EJB
    private CatalogReader catalog;

    @EJB
    private UserDirectory userNames;

    /** Store scope: the origin drafts and dispatches, the destination receives (docs/conventions.md). */
    @EJB
    private StoreScope scope;

    @EJB
    private SeparationOfDuties duties;

    // ============================================================================== reading

    @Override
    @RolesAllowed("inventory.view")
    public Page<TransferSummary> search(TransferFilter filter, PageRequest page) {
        TransferFilter f = filter == null ? TransferFilter.all() : filter;
        Where where = new Where()
                .andIf(f.status() == null ? null : f.status().name(), "t.status = :status", "status")
                .andIf(asLong(f.fromLocationId()), "t.from_location_id = :from", "from")
                .andIf(asLong(f.toLocationId()), "t.to_location_id = :to", "to")
                .andIf(asLong(f.locationId()), "(t.from_location_id = :location OR t.to_location_id = :location)",
                        "location")
                .andContains(f.text(), "lower(t.transfer_number) LIKE :text ESCAPE '!'", "text");
        scope.withinEither(where, "t.from_location_id", "t.to_location_id");
        String sort = page.sortField() == null ? null : SORT.get(page.sortField());
        String order = sort == null ? " ORDER BY t.created_at DESC, t.id DESC"
                : " ORDER BY " + sort + (page.ascending() ? " ASC" : " DESC") + " NULLS LAST, t.id DESC";
        Query query = em.createNativeQuery("SELECT t.id, t.transfer_number, t.status, t.from_location_id, f.code,"
                + " f.name, t.to_location_id, d.code, d.name, a.n, a.sent, a.received, a.lost, t.created_at,"
                + " t.dispatched_at, t.received_at, t.version"
                + " FROM inventory_transfers t"
                + " JOIN locations f ON f.id = t.from_location_id JOIN locations d ON d.id = t.to_location_id"
                + " CROSS JOIN LATERAL (SELECT count(*) AS n, coalesce(sum(l.quantity_sent), 0) AS sent,"
                + " coalesce(sum(l.quantity_received), 0) AS received, coalesce(sum(l.discrepancy_quantity), 0) AS lost"
                + " FROM inventory_transfer_lines l WHERE l.transfer_id = t.id) a" + where + order);
        Query count = em.createNativeQuery("SELECT count(*) FROM inventory_transfers t" + where);
        return where.page(query, count, page, r -> new TransferSummary(num(r[0]), (String) r[1],
                TransferStatus.valueOf((String) r[2]), num(r[3]), (String) r[4], (String) r[5], num(r[6]),
                (String) r[7], (String) r[8], (int) num(r[9]), num(r[10]), num(r[11]), num(r[12]),
                instant(r[13]), instant(r[14]),
                instant(r[15]), num(r[16])));
    }

    private static Long asLong(Integer id) {
        return id == null ? null : id.longValue();
    }

    @Override
    @RolesAllowed("inventory.view")
    public TransferDetail get(long id) {
        InventoryTransfer transfer = find(id);
        scope.requireAny(transfer.getFromLocationId(), transfer.getToLocationId());
        return details().of(transfer);
    }

    @Override
    @RolesAllowed("inventory.view")
    @SuppressWarnings("unchecked")
    public List<InTransit> inTransit(Integer toLocationId, Long variantId) {
        StringBuilder where = new StringBuilder(" WHERE t.status IN ('DISPATCHED', 'PARTIALLY_RECEIVED')");
        if (toLocationId != null) {
            where.append(" AND t.to_location_id = :to");
        }
        if (variantId != null) {
            where.append(" AND l.variant_id = :variant");
        }
        Query query = em.createNativeQuery("SELECT l.variant_id, v.sku, v.product_name, t.to_location_id, d.code,"
                + " sum(l.quantity_sent - l.quantity_received - l.discrepancy_quantity), count(DISTINCT t.id)"
                + " FROM inventory_transfer_lines l JOIN inventory_transfers t ON t.id = l.transfer_id"
                + " JOIN catalog_variant_index v ON v.variant_id = l.variant_id"
                + " JOIN locations d ON d.id = t.to_location_id" + where
                + " GROUP BY l.variant_id, v.sku, v.product_name, t.to_location_id, d.code"
                + " HAVING sum(l.quantity_sent - l.quantity_received - l.discrepancy_quantity) > 0"
                + " ORDER BY d.code, v.sku");
        if (toLocationId != null) {
            query.setParameter("to", toLocationId.longValue());
        }
        if (variantId != null) {
            query.setParameter("variant", variantId);
        }
        List<InTransit> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            rows.add(new InTransit(num(r[0]), (String) r[1], (String) r[2], num(r[3]), (String) r[4], num(r[5]),
                    (int) num(r[6])));
        }
        rows.removeIf(r -> !scope.includes(r.toLocationId())); // what is on its way to the caller's locations
        return rows;
    }

    @Override
    @RolesAllowed("inventory.view")
    public VariantLabel variantByCode(String code) {
        return catalog.variantByCode(code).map(DefaultInventoryService::label).orElse(null);
    }

    // ============================================================================== drafts

    @Override
    @RolesAllowed("inventory.transfer")
    public TransferDetail create(TransferDraft draft) {
        TransferDraft d = Checks.valid(validator, draft, locale()).normalized();
        scope.require(endpoint("fromLocationId", d.fromLocationId()).getId());
        Location from = endpoint("fromLocationId", d.fromLocationId());
        Location to = endpoint("toLocationId", d.toLocationId());
        Map<Long, Integer> quantities = resolve(d.lines());
        String number = String.format("TRF-%06d",
                num(em.createNativeQuery("SELECT nextval('inventory_transfer_number_seq')").getSingleResult()));
        InventoryTransfer transfer = new InventoryTransfer(number, from.getId(), to.getId(), d.notes(), ledger.user());
        transfer.redraft(from.getId(), to.getId(), d.notes(), quantities);
        em.persist(transfer);
        em.flush();
        audit.record("CREATE", TABLE, transfer.getId(), null, TransferDetails.snapshot(transfer));
        return details().of(transfer);
    }

    @Override
    @RolesAllowed("inventory.transfer")
    public TransferDetail update(long id, long expectedVersion, TransferDraft draft) {
        TransferDraft d = Checks.valid(validator, draft, locale()).normalized();
        scope.require(endpoint("fromLocationId", d.fromLocationId()).getId());
        InventoryTransfer transfer = locked(id, expectedVersion);
        if (!transfer.getStatus().editable()) {
            throw new TransferStatusInvalid(transfer.getNumber(), transfer.getStatus(), "edit");
        }
        scope.require(transfer.getFromLocationId());
        Location from = endpoint("fromLocationId", d.fromLocationId());
        Location to = endpoint("toLocationId", d.toLocationId());
        Map<Long, Integer> quantities = resolve(d.lines());
        Map<String, Object> before = TransferDetails.snapshot(transfer);
        transfer.redraft(from.getId(), to.getId(), d.notes(), quantities);
        flush(transfer);
        audit.record("UPDATE", TABLE, id, before, TransferDetails.snapshot(transfer));
        return details().of(transfer);
    }

    @Override
    @RolesAllowed("inventory.transfer")
    public TransferDetail cancel(long id, long expectedVersion) {
        InventoryTransfer transfer = locked(id, expectedVersion);
        scope.require(transfer.getFromLocationId());
        Map<String, Object> before = TransferDetails.snapshot(transfer);
        transfer.cancel(ledger.user());
        flush(transfer);
        audit.record("CANCEL", TABLE, id, before, TransferDetails.snapshot(transfer));
        return details().of(transfer);
    }

    // ============================================================================== stock moves

    @Override
    @RolesAllowed("inventory.transfer")
    public TransferDetail dispatch(long id, long expectedVersion) {
        InventoryTransfer transfer = locked(id, expectedVersion);
        scope.require(transfer.getFromLocationId());
        if (!transfer.getStatus().canMoveTo(TransferStatus.DISPATCHED)) {
            throw new TransferStatusInvalid(transfer.getNumber(), transfer.getStatus(), "dispatch");
        }
        Location from = ledger.movableLocation((int) transfer.getFromLocationId());
        Location to = ledger.movableLocation((int) transfer.getToLocationId());
        List<InventoryTransferLine> lines = new ArrayList<>(transfer.getLines());
        lines.sort(Comparator.comparingLong(InventoryTransferLine::getVariantId));
        // lock every source row first, in (variant, location) order, and check them all before moving any
        List<TransferStockInsufficient.Shortage> shortages = new ArrayList<>();
        for (InventoryTransferLine line : lines) {
            InventoryStock stock = ledger.locked(line.getVariantId(), from.getId());
            int available = stock == null ? 0 : stock.available();
            if (available < line.getQuantitySent()) {
                shortages.add(new TransferStockInsufficient.Shortage(line.getVariantId(), null,
                        line.getQuantitySent(), Math.max(0, available)));
            }
        }
        if (!shortages.isEmpty()) {
            Map<Long, VariantLabel> labels = details().labels(shortages.stream().map(s -> s.variantId()).toList());
            throw new TransferStockInsufficient(transfer.getNumber(), from.getCode(), shortages.stream()
                    .map(s -> new TransferStockInsufficient.Shortage(s.variantId(), TransferDetails.sku(labels, s.variantId()),
                            s.requested(), s.available()))
                    .toList());
        }
        Map<String, Object> before = TransferDetails.snapshot(transfer);
        String notes = Messages.format(Messages.DEFAULT_LOCALE, "inventory.transfer.movement.out", to.getCode());
        for (InventoryTransferLine line : lines) {
            ledger.debit(line.getVariantId(), from, line.getQuantitySent(), MovementType.TRANSFER_OUT,
                    transfer.getNumber(), notes);
        }
        transfer.dispatch(ledger.user());
        flush(transfer);
        Map<String, Object> after = TransferDetails.snapshot(transfer);
        after.put("unitsSent", lines.stream().mapToInt(InventoryTransferLine::getQuantitySent).sum());
        audit.record("DISPATCH", TABLE, id, before, after);
        return details().of(transfer);
    }

    @Override
    @RolesAllowed("inventory.transfer")
    public TransferDetail receive(long id, long expectedVersion, List<TransferReceiptLine> received) {
        if (received == null || received.isEmpty()) {
            throw InvalidInput.of("lines", Messages.format(locale(), "inventory.transfer.receipt.required"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < received.size(); i++) {
            try {
                Checks.valid(validator, received.get(i), locale());
            } catch (InvalidInput e) {
                int index = i;
                e.fieldErrors().forEach((field, message) -> errors.putIfAbsent("lines[" + index + "]." + field, message));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        InventoryTransfer transfer = locked(id, expectedVersion);
        duties.receiveTransfer(transfer.getNumber(), transfer.getFromLocationId(), transfer.getToLocationId());
        if (!transfer.getStatus().inTransit()) {
            throw new TransferStatusInvalid(transfer.getNumber(), transfer.getStatus(), "receive");
        }
        // several entries for one line add up
        Map<InventoryTransferLine, Integer> quantities = new HashMap<>();
        for (int i = 0; i < received.size(); i++) {
            TransferReceiptLine r = received.get(i);
            InventoryTransferLine line = transfer.lineById(r.lineId());
            if (line == null) {
                errors.put("lines[" + i + "].lineId", Messages.format(locale(), "inventory.transfer.line.unknown",
                        String.valueOf(r.lineId()), transfer.getNumber()));
            } else {
                quantities.merge(line, r.quantity(), Integer::sum);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Map<Long, VariantLabel> labels = details().labels(quantities.keySet().stream().map(InventoryTransferLine::getVariantId)
                .toList());
        for (Map.Entry<InventoryTransferLine, Integer> e : quantities.entrySet()) {
            if (e.getValue() > e.getKey().outstanding()) {
                throw new RuleViolated("transfer-over-receipt", "inventory.transfer.overReceipt",
                        TransferDetails.sku(labels, e.getKey().getVariantId()), e.getValue(), e.getKey().outstanding(),
                        transfer.getNumber());
            }
        }
        Location to = ledger.movableLocation((int) transfer.getToLocationId());
        Location from = em.find(Location.class, (int) transfer.getFromLocationId());
        String notes = Messages.format(Messages.DEFAULT_LOCALE, "inventory.transfer.movement.in",
                from == null ? String.valueOf(transfer.getFromLocationId()) : from.getCode());
        Number last = (Number) em.createNativeQuery("SELECT coalesce(max(receipt_no), 0) FROM inventory_transfer_receipts"
                + " WHERE transfer_id = :t").setParameter("t", transfer.getId()).getSingleResult();
        int receiptNo = last.intValue() + 1;
        Long by = ledger.user();
        Map<String, Object> before = TransferDetails.snapshot(transfer);
        List<InventoryTransferLine> ordered = new ArrayList<>(quantities.keySet());
        ordered.sort(Comparator.comparingLong(InventoryTransferLine::getVariantId));
        List<Map<String, Object>> receivedNow = new ArrayList<>();
        for (InventoryTransferLine line : ordered) {
            int quantity = quantities.get(line);
            ledger.credit(line.getVariantId(), to, quantity, MovementType.TRANSFER_IN, transfer.getNumber(), notes);
            line.receive(quantity);
            em.persist(new InventoryTransferReceipt(transfer.getId(), line.getId(), receiptNo, quantity, by));
            receivedNow.add(Map.of("lineId", line.getId(), "variantId", line.getVariantId(), "quantity", quantity));
        }
        transfer.received(by);
        flush(transfer);
        Map<String, Object> after = TransferDetails.snapshot(transfer);
        after.put("receiptNo", receiptNo);
        after.put("received", receivedNow);
        audit.record("RECEIVE", TABLE, id, before, after);
        return details().of(transfer);
    }

    @Override
    @RolesAllowed("inventory.transfer")
    public TransferDetail close(long id, long expectedVersion, Map<Long, String> reasons, String defaultReason) {
        InventoryTransfer transfer = locked(id, expectedVersion);
        scope.requireAny(transfer.getToLocationId(), transfer.getFromLocationId());
        if (!transfer.getStatus().inTransit()) {
            throw new TransferStatusInvalid(transfer.getNumber(), transfer.getStatus(), "close");
        }
        Map<Long, String> given = reasons == null ? Map.of() : reasons;
        Map<String, String> errors = new LinkedHashMap<>();
        for (Long lineId : given.keySet()) {
            if (lineId == null || transfer.lineById(lineId) == null) {
                errors.put("reasons", Messages.format(locale(), "inventory.transfer.line.unknown",
                        String.valueOf(lineId), transfer.getNumber()));
            }
        }
        List<InventoryTransferLine> shortLines = transfer.getLines().stream().filter(l -> l.outstanding() > 0).toList();
        Map<Long, VariantLabel> labels = details().labels(shortLines.stream().map(InventoryTransferLine::getVariantId).toList());
        Map<Long, String> chosen = new HashMap<>();
        List<Map<String, Object>> discrepancies = new ArrayList<>();
        for (InventoryTransferLine line : shortLines) {
            String reason = given.get(line.getId());
            if (reason == null || reason.isBlank()) {
                reason = defaultReason;
            }
            String field = "reasons." + line.getId();
            if (reason == null || reason.isBlank()) {
                errors.put(field, Messages.format(locale(), "inventory.transfer.reason.required",
                        TransferDetails.sku(labels, line.getVariantId()), line.outstanding()));
            } else if (reason.strip().length() > REASON_MAX) {
                errors.put(field, Messages.format(locale(), "inventory.notes.size"));
            } else {
                chosen.put(line.getId(), reason.strip());
                discrepancies.add(Map.of("lineId", line.getId(), "variantId", line.getVariantId(),
                        "quantity", line.outstanding(), "reason", reason.strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Map<String, Object> before = TransferDetails.snapshot(transfer);
        transfer.close(chosen, ledger.user());
        flush(transfer);
        Map<String, Object> after = TransferDetails.snapshot(transfer);
        after.put("discrepancies", discrepancies);
        audit.record("CLOSE", TABLE, id, before, after);
        return details().of(transfer);
    }

    // ============================================================================== helpers

    private InventoryTransfer find(long id) {
        InventoryTransfer transfer = em.find(InventoryTransfer.class, id);
        if (transfer == null) {
            throw new TransferNotFound(id);
        }
        return transfer;
    }

    /** The transfer under a row lock, if nobody changed it since the caller read {@code expectedVersion}. */
    private InventoryTransfer locked(long id, long expectedVersion) {
        InventoryTransfer transfer = em.find(InventoryTransfer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (transfer == null) {
            throw new TransferNotFound(id);
        }
        if (transfer.getVersion() != expectedVersion) {
            throw new TransferStale(transfer.getNumber());
        }
        return transfer;
    }

    private void flush(InventoryTransfer transfer) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new TransferStale(transfer.getNumber());
        }
    }

    /** A live, active location for one end of the transfer; errors name the field. */
    private Location endpoint(String field, int id) {
        try {
            return ledger.movableLocation(id);
        } catch (InvalidInput e) {
            throw InvalidInput.of(field, e.fieldErrors().values().iterator().next());
        }
    }

    /** The draft's lines as variant id → quantity: SKUs/barcodes resolved, unknown variants refused, merged. */
    private Map<Long, Integer> resolve(List<TransferLineInput> lines) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        for (TransferLineInput line : lines) {
            if (line.variantId() != null) {
                ids.add(line.variantId());
            }
        }
        // any variant the catalog has not deleted moves, sellable or not (a discontinued product's stock too)
        Set<Long> live = new HashSet<>();
        if (!ids.isEmpty()) {
            catalog.variants(ids).forEach((id, v) -> {
                if (!CatalogReader.deleted(v)) {
                    live.add(id);
                }
            });
        }
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TransferLineInput line = lines.get(i);
            Long variant = line.variantId();
            if (variant != null && !live.contains(variant)) {
                errors.put("lines[" + i + "].variantId", Messages.format(locale(), "inventory.variant.unknown",
                        String.valueOf(variant)));
                continue;
            }
            if (variant == null) {
                VariantLabel found = variantByCode(line.code());
                if (found == null) {
                    errors.put("lines[" + i + "].code", Messages.format(locale(), "inventory.transfer.code.unknown",
                            line.code().strip()));
                    continue;
                }
                variant = found.id();
            }
            resolved.add(new Resolved(variant, line.quantity()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return TransferLines.merge(resolved, locale());
    }

    /** The views of transfers, in this bean's transaction and persistence context. */
    private TransferDetails details() {
        return new TransferDetails(em, catalog, userNames);
    }

    private Locale locale() {
        return request.getLocale();
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
