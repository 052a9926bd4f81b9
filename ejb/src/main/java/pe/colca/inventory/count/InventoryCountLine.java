package pe.colca.inventory.count;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One variant of a count. {@code systemQuantity} is the on-hand stock at the moment the line was
 * first counted (null until then): the difference is {@code counted - system}, so units sold or
 * received after the line was counted are never taken for a discrepancy (docs/inventory-counts.md).
 */
@Entity
@Table(name = "inventory_count_lines")
public class InventoryCountLine {

    /** The most units one line can hold. */
    public static final int MAX_QUANTITY = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_count_lines_seq")
    @SequenceGenerator(name = "inventory_count_lines_seq", sequenceName = "inventory_count_lines_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "count_id", nullable = false)
    private Long countId;

    @Column(name = "variant_id", nullable = false)
    private Long variantId;

    @Column(name = "system_quantity")
    private Integer systemQuantity;

    @Column(name = "counted_quantity")
    private Integer countedQuantity;

    @Column(name = "counted_by")
    private Long countedBy;

    @Column(name = "counted_at")
    private Instant countedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected InventoryCountLine() {
    }

    public InventoryCountLine(Long countId, Long variantId) {
        this.countId = Objects.requireNonNull(countId, "countId");
        this.variantId = Objects.requireNonNull(variantId, "variantId");
    }

    /**
     * Adds {@code units} (a scan adds 1). The first count of the line freezes {@code onHandNow} as
     * its system quantity.
     */
    public void add(int units, int onHandNow, Long by) {
        int base = countedQuantity == null ? 0 : countedQuantity;
        set(Math.addExact(base, units), onHandNow, by);
    }

    /** Sets the counted quantity; the first count freezes {@code onHandNow} as the system quantity. */
    public void set(int counted, int onHandNow, Long by) {
        if (counted < 0 || counted > MAX_QUANTITY) {
            throw new IllegalArgumentException("counted quantity out of range: " + counted);
        }
        Instant now = Instant.now();
        if (countedQuantity == null) {
            systemQuantity = Math.max(0, onHandNow);
            countedAt = now;
        }
        countedQuantity = counted;
        countedBy = by;
        updatedAt = now;
    }

    /** counted − system; 0 for a line not counted. */
    public int difference() {
        return countedQuantity == null ? 0 : countedQuantity - systemQuantity;
    }

    public boolean isCounted() {
        return countedQuantity != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCountId() {
        return countId;
    }

    public Long getVariantId() {
        return variantId;
    }

    public Integer getSystemQuantity() {
        return systemQuantity;
    }

    public Integer getCountedQuantity() {
        return countedQuantity;
    }

    public Long getCountedBy() {
        return countedBy;
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
