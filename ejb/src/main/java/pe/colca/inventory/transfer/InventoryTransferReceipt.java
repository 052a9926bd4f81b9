package pe.colca.inventory.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line received in one receipt of a transfer (the receipt history; immutable). */
@Entity
@Table(name = "inventory_transfer_receipts")
public class InventoryTransferReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_transfer_receipts_seq")
    @SequenceGenerator(name = "inventory_transfer_receipts_seq", sequenceName = "inventory_transfer_receipts_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "transfer_id", nullable = false, updatable = false)
    private long transferId;

    @Column(name = "line_id", nullable = false, updatable = false)
    private long lineId;

    @Column(name = "receipt_no", nullable = false, updatable = false)
    private int receiptNo;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", updatable = false)
    private Long receivedBy;

    protected InventoryTransferReceipt() {
    }

    public InventoryTransferReceipt(long transferId, long lineId, int receiptNo, int quantity, Long receivedBy) {
        this.transferId = transferId;
        this.lineId = lineId;
        this.receiptNo = receiptNo;
        this.quantity = quantity;
        this.receivedBy = receivedBy;
    }

    @PrePersist
    void onCreate() {
        if (receivedAt == null) {
            receivedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public long getTransferId() {
        return transferId;
    }

    public long getLineId() {
        return lineId;
    }

    public int getReceiptNo() {
        return receiptNo;
    }

    public int getQuantity() {
        return quantity;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Long getReceivedBy() {
        return receivedBy;
    }
}
