package pe.colca.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A low-stock rule: warn when the available units of a variant at a location fall below a threshold. */
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
}
