package pe.colca.inventory.count;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * What the stock of a variant at a location was at a moment (immutable), and how far it was from
 * what was expected ({@code discrepancy}: counted or ledger quantity minus recorded on hand).
 */
@Entity
@Table(name = "inventory_audit_snapshots")
public class AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_audit_snapshots_seq")
    @SequenceGenerator(name = "inventory_audit_snapshots_seq", sequenceName = "inventory_audit_snapshots_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "variant_id", nullable = false)
    private Long variantId;

    @Column(name = "location_id", nullable = false)
    private Long locationId;

    @Column(name = "snapshot_quantity", nullable = false)
    private int snapshotQuantity;

    @Column(name = "discrepancy", nullable = false)
    private int discrepancy;

    @Enumerated(EnumType.STRING)
    @Column(name = "snapshot_type", length = 30, nullable = false)
    private SnapshotType snapshotType;

    @Column(name = "triggered_by")
    private Long triggeredBy;

    @Column(name = "snapshot_at", nullable = false)
    private Instant snapshotAt;

    protected AuditSnapshot() {
    }

    public AuditSnapshot(Long variantId, Long locationId, int snapshotQuantity, int discrepancy,
                         SnapshotType snapshotType, Long triggeredBy, Instant snapshotAt) {
        this.variantId = Objects.requireNonNull(variantId, "variantId");
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        this.snapshotQuantity = snapshotQuantity;
        this.discrepancy = discrepancy;
        this.snapshotType = Objects.requireNonNull(snapshotType, "snapshotType");
        this.triggeredBy = triggeredBy;
        this.snapshotAt = snapshotAt;
    }

    public boolean hasDiscrepancy() {
        return discrepancy != 0;
    }

    @PrePersist
    void onCreate() {
        if (snapshotAt == null) {
            snapshotAt = Instant.now();
        }
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

    public int getSnapshotQuantity() {
        return snapshotQuantity;
    }

    public int getDiscrepancy() {
        return discrepancy;
    }

    public SnapshotType getSnapshotType() {
        return snapshotType;
    }

    public Long getTriggeredBy() {
        return triggeredBy;
    }

    public Instant getSnapshotAt() {
        return snapshotAt;
    }
}
