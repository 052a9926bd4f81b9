package pe.colca.web.inventory;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import pe.colca.inventory.InventoryMovement;
import pe.colca.inventory.MovementType;
import pe.colca.inventory.VariantLabel;

/**
 * One ledger line as the movements screen shows it (a serializable copy): the variant by SKU and
 * product, the locations by code and name, and the quantity signed as seen from the location the
 * list is filtered by (entering +, leaving −; without a location filter: receipts and returns +,
 * sales and transfers out −).
 */
public final class MovementRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final Instant createdAt;
    private final MovementType type;
    private final String sku;
    private final String productName;
    private final String from;
    private final String to;
    private final String fromCode;
    private final String toCode;
    private final int signedQuantity;
    private final String referenceDoc;
    private final String notes;

    MovementRow(long id, Instant createdAt, MovementType type, String sku, String productName, String from,
                String to, int signedQuantity, String referenceDoc, String notes) {
        this(id, createdAt, type, sku, productName, from, to, from, to, signedQuantity, referenceDoc, notes);
    }

    private MovementRow(long id, Instant createdAt, MovementType type, String sku, String productName, String from,
                        String to, String fromCode, String toCode, int signedQuantity, String referenceDoc,
                        String notes) {
        this.fromCode = fromCode;
        this.toCode = toCode;
        this.id = id;
        this.createdAt = createdAt;
        this.type = type;
        this.sku = sku;
        this.productName = productName;
        this.from = from;
        this.to = to;
        this.signedQuantity = signedQuantity;
        this.referenceDoc = referenceDoc;
        this.notes = notes;
    }

    static MovementRow of(InventoryMovement m, Map<Long, VariantLabel> variants, Map<Long, LocationOption> locations,
                          Integer seenFrom) {
        VariantLabel variant = variants.get(m.getVariantId());
        int quantity = m.getQuantity();
        int signed;
        if (seenFrom != null) {
            signed = m.getToLocationId() != null && m.getToLocationId() == seenFrom.longValue() ? quantity : -quantity;
        } else {
            signed = m.getToLocationId() != null ? quantity : -quantity;
        }
        return new MovementRow(m.getId(), m.getCreatedAt(), m.getMovementType(),
                variant == null ? "#" + m.getVariantId() : variant.sku(),
                variant == null ? "" : variant.productName(),
                label(m.getFromLocationId(), locations), label(m.getToLocationId(), locations),
                code(m.getFromLocationId(), locations), code(m.getToLocationId(), locations), signed,
                m.getReferenceDoc(), m.getNotes());
    }

    private static String label(Long locationId, Map<Long, LocationOption> locations) {
        if (locationId == null) {
            return null;
        }
        LocationOption l = locations.get(locationId);
        return l == null ? "#" + locationId : l.getLabel();
    }

    private static String code(Long locationId, Map<Long, LocationOption> locations) {
        if (locationId == null) {
            return null;
        }
        LocationOption l = locations.get(locationId);
        return l == null ? "#" + locationId : l.code();
    }

    public long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MovementType getType() {
        return type;
    }

    /** Bundle key of the type's label, e.g. {@code movement.type.ADJUSTMENT}. */
    public String getTypeKey() {
        return "movement.type." + type;
    }

    public String getSku() {
        return sku;
    }

    public String getProductName() {
        return productName;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    /** The source location's code (the full label is {@link #getFrom()}). */
    public String getFromCode() {
        return fromCode;
    }

    public String getToCode() {
        return toCode;
    }

    public int getSignedQuantity() {
        return signedQuantity;
    }

    public String getReferenceDoc() {
        return referenceDoc;
    }

    public String getNotes() {
        return notes;
    }
}
