package pe.colca.inventory.transfer;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A transfer as the screens and the API show it: header with both locations and who did what when,
 * the lines with their variant labels, and the receipt history.
 */
public record TransferDetail(long id, String number, TransferStatus status, Place from, Place to, String notes,
                             long version, Step created, Step dispatched, Step received, Step cancelled,
                             List<Line> lines, List<Receipt> receipts) implements Serializable {

    /** A location named by code and name. */
    public record Place(long id, String code, String name, boolean active) implements Serializable {
    }

    /** Who did a step of the document and when (null when it has not happened). */
    public record Step(Instant at, Long userId, String userName) implements Serializable {
    }

    public record Line(long id, long variantId, String sku, String productName, String size, String color,
                       int quantitySent, int quantityReceived, int discrepancyQuantity, String discrepancyReason)
            implements Serializable {

        public int outstanding() {
            return quantitySent - quantityReceived - discrepancyQuantity;
        }
    }

    public record Receipt(int receiptNo, long lineId, String sku, int quantity, Instant receivedAt, String receivedBy)
            implements Serializable {
    }

    public int unitsSent() {
        return lines.stream().mapToInt(Line::quantitySent).sum();
    }

    public int unitsReceived() {
        return lines.stream().mapToInt(Line::quantityReceived).sum();
    }

    public int unitsLost() {
        return lines.stream().mapToInt(Line::discrepancyQuantity).sum();
    }

    public int unitsInTransit() {
        return status.inTransit() ? lines.stream().mapToInt(Line::outstanding).sum() : 0;
    }

    public boolean hasDiscrepancies() {
        return unitsLost() > 0;
    }
}
