package pe.colca.inventory.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A low-stock rule: warn when the available units of a variant at a location fall below a threshold.
 * {@code below}, {@code lastTriggeredAt}, {@code lastRecoveredAt} and {@code triggerCount} (V10) are
 * the alert's state; only the alert observer changes them, with conditional SQL updates, so the
 * entity maps them read-only.
 */
@Entity
@Table(name = "inventory_alerts")
public class StockAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_alerts_seq")
    @SequenceGenerator(name = "inventory_alerts_seq", sequenceName = "inventory_alerts_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "variant_id", nullable = false)
    private Long variantId;

    @Column(name = "location_id", nullable = false)
    private Long locationId;

    @Column(name = "min_threshold", nullable = false)
    private int minThreshold;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "is_below", nullable = false, insertable = false, updatable = false)
    private boolean below;

    @Column(name = "last_triggered_at", insertable = false, updatable = false)
    private Instant lastTriggeredAt;

    @Column(name = "last_recovered_at", insertable = false, updatable = false)
    private Instant lastRecoveredAt;

    @Column(name = "trigger_count", nullable = false, insertable = false, updatable = false)
    private int triggerCount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StockAlert() {
    }

    public StockAlert(Long variantId, Long locationId, int minThreshold) {
        this.variantId = Objects.requireNonNull(variantId, "variantId");
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        changeThreshold(minThreshold);
        this.active = true;
    }

    public void changeThreshold(int minThreshold) {
        if (minThreshold < 0) {
            throw new IllegalArgumentException("minThreshold must not be negative: " + minThreshold);
        }
        this.minThreshold = minThreshold;
    }

    /** Whether {@code available} units should raise the alert. */
    public boolean isTriggeredBy(int available) {
        return active && available < minThreshold;
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public Long getVariantId() {
        return variantId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public int getMinThreshold() {
        return minThreshold;
    }

    public boolean isActive() {
        return active;
    }

    /** Whether the alert is raised now (available went below the threshold and has not recovered). */
    public boolean isBelow() {
        return below;
    }

    public Instant getLastTriggeredAt() {
        return lastTriggeredAt;
    }

    public Instant getLastRecoveredAt() {
        return lastRecoveredAt;
    }

    public int getTriggerCount() {
        return triggerCount;
    }

    public long getVersion() {
        return version;
    }
}
