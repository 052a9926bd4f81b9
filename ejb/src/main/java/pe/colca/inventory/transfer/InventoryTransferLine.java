package pe.colca.inventory.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One variant of a transfer: sent (the planned quantity while a draft), received so far, and the
 * discrepancy recorded when the transfer was closed short (units lost in transit, with a reason).
 * Invariant (also a CHECK): received + discrepancy ≤ sent.
 */
@Entity
@Table(name = "inventory_transfer_lines")
public class InventoryTransferLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_transfer_lines_seq")
    @SequenceGenerator(name = "inventory_transfer_lines_seq", sequenceName = "inventory_transfer_lines_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transfer_id", nullable = false, updatable = false)
    private InventoryTransfer transfer;

    @Column(name = "variant_id", nullable = false, updatable = false)
    private long variantId;

    @Column(name = "quantity_sent", nullable = false)
    private int quantitySent;

    @Column(name = "quantity_received", nullable = false)
    private int quantityReceived;

    @Column(name = "discrepancy_quantity", nullable = false)
    private int discrepancyQuantity;

    @Column(name = "discrepancy_reason")
    private String discrepancyReason;

    protected InventoryTransferLine() {
    }

    InventoryTransferLine(InventoryTransfer transfer, long variantId, int quantity) {
        this.transfer = transfer;
        this.variantId = variantId;
        resize(quantity);
    }

    void resize(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a transfer line needs a positive quantity, not " + quantity);
        }
        this.quantitySent = quantity;
    }

    /** Units received now; the caller has checked {@code quantity <= outstanding()}. */
    public void receive(int quantity) {
        if (quantity <= 0 || quantity > outstanding()) {
            throw new IllegalArgumentException("receiving " + quantity + " of " + outstanding() + " outstanding");
        }
        quantityReceived += quantity;
    }

    void closeShort(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a short line needs a reason");
        }
        discrepancyQuantity = outstanding();
        discrepancyReason = reason.strip();
    }

    /** Sent and neither received nor written off. */
    public int outstanding() {
        return quantitySent - quantityReceived - discrepancyQuantity;
    }

    public Long getId() {
        return id;
    }

    public long getVariantId() {
        return variantId;
    }

    public int getQuantitySent() {
        return quantitySent;
    }

    public int getQuantityReceived() {
        return quantityReceived;
    }

    public int getDiscrepancyQuantity() {
        return discrepancyQuantity;
    }

    public String getDiscrepancyReason() {
        return discrepancyReason;
    }
}
