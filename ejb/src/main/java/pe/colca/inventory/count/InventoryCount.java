package pe.colca.inventory.count;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * A physical count session at one location (docs/inventory-counts.md). Its status only moves
 * forward: OPEN → SUBMITTED → APPROVED, or OPEN/SUBMITTED → CANCELLED; every transition checks the
 * current status and records who and when. Lines are {@link InventoryCountLine} rows.
 */
@Entity
@Table(name = "inventory_counts")
public class InventoryCount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_counts_seq")
    @SequenceGenerator(name = "inventory_counts_seq", sequenceName = "inventory_counts_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    /** {@code CNT-000123}: a column the database generates from the id (read after the insert). */
    @Generated(event = EventType.INSERT)
    @Column(name = "count_number", length = 30, insertable = false, updatable = false)
    private String countNumber;

    @Column(name = "location_id", nullable = false)
    private Long locationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", length = 30, nullable = false)
    private CountScope scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private CountStatus status = CountStatus.OPEN;

    @Column(name = "notes")
    private String notes;

    @Column(name = "started_by")
    private Long startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "uncounted_as_zero", nullable = false)
    private boolean uncountedAsZero;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected InventoryCount() {
    }

    public InventoryCount(Long locationId, CountScope scope, String notes, Long startedBy) {
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.notes = notes;
        this.startedBy = startedBy;
        this.startedAt = Instant.now();
    }

    public void submit(Long by) {
        require(CountStatus.OPEN);
        status = CountStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = Instant.now();
    }

    public void approve(Long by, Instant at, boolean uncountedZero) {
        require(CountStatus.SUBMITTED);
        status = CountStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        uncountedAsZero = uncountedZero;
    }

    public void cancel(Long by) {
        if (!status.unfinished()) {
            throw new CountNotInStatus(countNumber, status, CountStatus.OPEN);
        }
        status = CountStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = Instant.now();
    }

    /** Refuses with {@link CountNotInStatus} unless the count is in {@code expected}. */
    public void require(CountStatus expected) {
        if (status != expected) {
            throw new CountNotInStatus(countNumber, status, expected);
        }
    }

    public Long getId() {
        return id;
    }

    public String getCountNumber() {
        return countNumber;
    }

    public Long getLocationId() {
        return locationId;
    }

    public CountScope getScope() {
        return scope;
    }

    public CountStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public Long getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Long getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public boolean isUncountedAsZero() {
        return uncountedAsZero;
    }

    public long getVersion() {
        return version;
    }
}
