package pe.colca.inventory.transfer.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pe.colca.catalog.CatalogReader;
import pe.colca.inventory.VariantLabel;
import pe.colca.inventory.internal.DefaultInventoryService;
import pe.colca.inventory.transfer.InventoryTransfer;
import pe.colca.inventory.transfer.InventoryTransferLine;
import pe.colca.inventory.transfer.InventoryTransferReceipt;
import pe.colca.inventory.transfer.TransferDetail;
import pe.colca.security.UserDirectory;

/**
 * A transfer as the screens and the API show it: both ends (deleted locations included), each
 * line with its variant's SKU and product name from the catalog, the receipts, and who did each
 * step (names from the security area). Read in the caller's transaction by
 * {@link DefaultTransferService}; holds no state of its own.
 */
final class TransferDetails {

    private final EntityManager em;
    private final CatalogReader catalog;
    private final UserDirectory directory;

    TransferDetails(EntityManager em, CatalogReader catalog, UserDirectory directory) {
        this.em = em;
        this.catalog = catalog;
        this.directory = directory;
    }

    TransferDetail of(InventoryTransfer t) {
        Map<Long, TransferDetail.Place> places = places(List.of(t.getFromLocationId(), t.getToLocationId()));
        List<InventoryTransferReceipt> receipts = em.createQuery("SELECT r FROM InventoryTransferReceipt r"
                        + " WHERE r.transferId = :t ORDER BY r.receiptNo, r.id", InventoryTransferReceipt.class)
                .setParameter("t", t.getId()).getResultList();
        Set<Long> userIds = new HashSet<>();
        for (Long u : new Long[] {t.getCreatedBy(), t.getDispatchedBy(), t.getReceivedBy(), t.getCancelledBy()}) {
            if (u != null) {
                userIds.add(u);
            }
        }
        receipts.stream().map(InventoryTransferReceipt::getReceivedBy).filter(u -> u != null).forEach(userIds::add);
        Map<Long, String> users = directory.fullNames(userIds);
        Map<Long, VariantLabel> labels = labels(t.getLines().stream().map(InventoryTransferLine::getVariantId).toList());
        List<TransferDetail.Line> lines = new ArrayList<>();
        Map<Long, String> skuByLine = new HashMap<>();
        for (InventoryTransferLine l : t.getLines()) {
            VariantLabel label = labels.get(l.getVariantId());
            lines.add(new TransferDetail.Line(l.getId(), l.getVariantId(), label == null ? null : label.sku(),
                    label == null ? null : label.productName(), label == null ? null : label.size(),
                    label == null ? null : label.color(), l.getQuantitySent(), l.getQuantityReceived(),
                    l.getDiscrepancyQuantity(), l.getDiscrepancyReason()));
            skuByLine.put(l.getId(), label == null ? String.valueOf(l.getVariantId()) : label.sku());
        }
        List<TransferDetail.Receipt> history = receipts.stream().map(r -> new TransferDetail.Receipt(r.getReceiptNo(),
                r.getLineId(), skuByLine.get(r.getLineId()), r.getQuantity(), r.getReceivedAt(),
                users.get(r.getReceivedBy()))).toList();
        return new TransferDetail(t.getId(), t.getNumber(), t.getStatus(), places.get(t.getFromLocationId()),
                places.get(t.getToLocationId()), t.getNotes(), t.getVersion(),
                step(t.getCreatedAt(), t.getCreatedBy(), users), step(t.getDispatchedAt(), t.getDispatchedBy(), users),
                step(t.getReceivedAt(), t.getReceivedBy(), users), step(t.getCancelledAt(), t.getCancelledBy(), users),
                lines, history);
    }

    private static TransferDetail.Step step(java.time.Instant at, Long user, Map<Long, String> users) {
        return at == null ? null : new TransferDetail.Step(at, user, user == null ? null : users.get(user));
    }

    /** Both ends, deleted locations included (a transfer keeps naming where its goods went). */
    private Map<Long, TransferDetail.Place> places(Collection<Long> ids) {
        Map<Long, TransferDetail.Place> places = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT id, code, name, is_active AND deleted_at IS NULL FROM locations"
                + " WHERE id IN (:ids)").setParameter("ids", List.copyOf(ids)).getResultList()) {
            Object[] r = (Object[]) o;
            places.put(num(r[0]), new TransferDetail.Place(num(r[0]), (String) r[1], (String) r[2],
                    Boolean.TRUE.equals(r[3])));
        }
        return places;
    }

    Map<Long, VariantLabel> labels(Collection<Long> variantIds) {
        Map<Long, VariantLabel> labels = new HashMap<>();
        if (!variantIds.isEmpty()) {
            catalog.variants(variantIds).forEach((id, v) -> labels.put(id, DefaultInventoryService.label(v)));
        }
        return labels;
    }

    static String sku(Map<Long, VariantLabel> labels, long variantId) {
        VariantLabel label = labels.get(variantId);
        return label == null ? String.valueOf(variantId) : label.sku();
    }

    /** The audit values of a transfer: its state and every line's quantities. */
    static Map<String, Object> snapshot(InventoryTransfer t) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", t.getNumber());
        values.put("status", t.getStatus().name());
        values.put("fromLocationId", t.getFromLocationId());
        values.put("toLocationId", t.getToLocationId());
        values.put("version", t.getVersion());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (InventoryTransferLine l : t.getLines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("variantId", l.getVariantId());
            line.put("sent", l.getQuantitySent());
            line.put("received", l.getQuantityReceived());
            line.put("discrepancy", l.getDiscrepancyQuantity());
            lines.add(line);
        }
        values.put("lines", lines);
        return values;
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
