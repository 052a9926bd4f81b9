package pe.colca.inventory.transfer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A transfer of stock from one location to another: a document with one line per variant. Its
 * status moves only through {@link #dispatch}, {@link #received}, {@link #close} and {@link #cancel},
 * which check {@link TransferStatus#canMoveTo}; the stock itself moves through the ledger (the
 * service posts TRANSFER_OUT / TRANSFER_IN with the transfer number as reference). Optimistic
 * locking: {@code version}.
 */
@Entity
@Table(name = "inventory_transfers")
public class InventoryTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_transfers_seq")
    @SequenceGenerator(name = "inventory_transfers_seq", sequenceName = "inventory_transfers_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "transfer_number", length = 30, nullable = false, updatable = false)
    private String number;

    @Column(name = "from_location_id", nullable = false)
    private long fromLocationId;

    @Column(name = "to_location_id", nullable = false)
    private long toLocationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private TransferStatus status;

    @Column(name = "notes")
    private String notes;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "dispatched_by")
    private Long dispatchedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by")
    private Long receivedBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @OneToMany(mappedBy = "transfer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<InventoryTransferLine> lines = new ArrayList<>();

    protected InventoryTransfer() {
    }

    public InventoryTransfer(String number, long fromLocationId, long toLocationId, String notes, Long createdBy) {
        this.number = number;
        this.fromLocationId = fromLocationId;
        this.toLocationId = toLocationId;
        this.notes = notes;
        this.createdBy = createdBy;
        this.status = TransferStatus.DRAFT;
    }

    /**
     * Replaces the header and the lines of a draft: lines of variants still wanted keep their row
     * (with the new quantity), the others go. {@code quantities} is variant id → quantity, merged.
     */
    public void redraft(long fromLocationId, long toLocationId, String notes, Map<Long, Integer> quantities) {
        require(TransferStatus.DRAFT, "edit");
        this.fromLocationId = fromLocationId;
        this.toLocationId = toLocationId;
        this.notes = notes;
        lines.removeIf(line -> !quantities.containsKey(line.getVariantId()));
        for (Map.Entry<Long, Integer> wanted : quantities.entrySet()) {
            InventoryTransferLine line = line(wanted.getKey());
            if (line == null) {
                lines.add(new InventoryTransferLine(this, wanted.getKey(), wanted.getValue()));
            } else {
                line.resize(wanted.getValue());
            }
        }
        touch();
    }

    public void dispatch(Long by) {
        move(TransferStatus.DISPATCHED, "dispatch");
        this.dispatchedAt = Instant.now();
        this.dispatchedBy = by;
    }

    /** After units were received on some lines: fully received or still partial. */
    public void received(Long by) {
        boolean complete = lines.stream().allMatch(l -> l.outstanding() == 0);
        move(complete ? TransferStatus.RECEIVED : TransferStatus.PARTIALLY_RECEIVED, "receive");
        if (complete) {
            this.receivedAt = Instant.now();
            this.receivedBy = by;
        }
        touch();
    }

    /** Ends the transfer: every outstanding unit is recorded as lost in transit, with a reason per line. */
    public void close(Map<Long, String> reasonsByLine, Long by) {
        if (!status.inTransit()) {
            throw new TransferStatusInvalid(number, status, "close");
        }
        for (InventoryTransferLine line : lines) {
            if (line.outstanding() > 0) {
                line.closeShort(reasonsByLine.get(line.getId()));
            }
        }
        move(TransferStatus.RECEIVED, "close");
        this.receivedAt = Instant.now();
        this.receivedBy = by;
        touch();
    }

    public void cancel(Long by) {
        move(TransferStatus.CANCELLED, "cancel");
        this.cancelledAt = Instant.now();
        this.cancelledBy = by;
    }

    private void move(TransferStatus next, String action) {
        if (!status.canMoveTo(next)) {
            throw new TransferStatusInvalid(number, status, action);
        }
        this.status = next;
    }

    private void require(TransferStatus expected, String action) {
        if (status != expected) {
            throw new TransferStatusInvalid(number, status, action);
        }
    }

    public InventoryTransferLine line(long variantId) {
        return lines.stream().filter(l -> l.getVariantId() == variantId).findFirst().orElse(null);
    }

    public InventoryTransferLine lineById(long lineId) {
        return lines.stream().filter(l -> Objects.equals(l.getId(), lineId)).findFirst().orElse(null);
    }

    /** Units still on their way (sent, not received, not written off). */
    public int inTransit() {
        return status.inTransit() ? lines.stream().mapToInt(InventoryTransferLine::outstanding).sum() : 0;
    }

    public boolean hasDiscrepancies() {
        return lines.stream().anyMatch(l -> l.getDiscrepancyQuantity() > 0);
    }

    /**
     * Marks the document changed when only its lines changed (they are another table, so the header
     * would otherwise not be dirty): the version then moves, and a client holding the old ETag gets 409.
     */
    private void touch() {
        this.updatedAt = Instant.now();
    }

    @PrePersist
    void onCreate() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getFromLocationId() {
        return fromLocationId;
    }

    public long getToLocationId() {
        return toLocationId;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public Long getDispatchedBy() {
        return dispatchedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Long getReceivedBy() {
        return receivedBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Long getCancelledBy() {
        return cancelledBy;
    }

    public List<InventoryTransferLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
