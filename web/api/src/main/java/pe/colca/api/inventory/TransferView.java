package pe.colca.api.inventory;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.transfer.TransferDetail;

/** A transfer with its lines and receipt history, as the API shows it. */
@JsonbPropertyOrder({"id", "number", "status", "from", "to", "notes", "version", "unitsSent", "unitsReceived",
        "unitsLost", "unitsInTransit", "created", "dispatched", "received", "cancelled", "lines", "receipts"})
@Schema(name = "Transfer", description = "A transfer of stock between two locations.")
public record TransferView(
        @Schema(example = "31") long id,
        @Schema(description = "Human-readable, unique.", example = "TRF-000031") String number,
        @Schema(enumeration = {"DRAFT", "DISPATCHED", "PARTIALLY_RECEIVED", "RECEIVED", "CANCELLED"}) String status,
        Place from,
        Place to,
        @Schema(nullable = true) String notes,
        @Schema(description = "Optimistic lock version; the ETag is this number in quotes.") long version,
        int unitsSent,
        int unitsReceived,
        @Schema(description = "Units recorded as lost in transit when the transfer was closed short.") int unitsLost,
        @Schema(description = "Dispatched units neither received nor written off.") int unitsInTransit,
        Step created,
        @Schema(nullable = true) Step dispatched,
        @Schema(nullable = true, description = "When it became RECEIVED (last receipt or close).") Step received,
        @Schema(nullable = true) Step cancelled,
        List<Line> lines,
        List<Receipt> receipts) {

    @JsonbPropertyOrder({"id", "code", "name", "active"})
    public record Place(long id, String code, String name, boolean active) {
    }

    @JsonbPropertyOrder({"at", "userId", "userName"})
    public record Step(Instant at, Long userId, String userName) {
    }

    @JsonbPropertyOrder({"id", "variantId", "sku", "productName", "size", "color", "quantitySent",
            "quantityReceived", "discrepancyQuantity", "discrepancyReason", "outstanding"})
    public record Line(long id, long variantId, String sku, String productName, String size, String color,
                       int quantitySent, int quantityReceived, int discrepancyQuantity, String discrepancyReason,
                       int outstanding) {
    }

    @JsonbPropertyOrder({"receiptNo", "lineId", "sku", "quantity", "receivedAt", "receivedBy"})
    public record Receipt(int receiptNo, long lineId, String sku, int quantity, Instant receivedAt, String receivedBy) {
    }

    public static TransferView of(TransferDetail t) {
        return new TransferView(t.id(), t.number(), t.status().name(), place(t.from()), place(t.to()), t.notes(),
                t.version(), t.unitsSent(), t.unitsReceived(), t.unitsLost(), t.unitsInTransit(), step(t.created()),
                step(t.dispatched()), step(t.received()), step(t.cancelled()),
                t.lines().stream().map(l -> new Line(l.id(), l.variantId(), l.sku(), l.productName(), l.size(),
                        l.color(), l.quantitySent(), l.quantityReceived(), l.discrepancyQuantity(),
                        l.discrepancyReason(), l.outstanding())).toList(),
                t.receipts().stream().map(r -> new Receipt(r.receiptNo(), r.lineId(), r.sku(), r.quantity(),
                        LocationView.stored(r.receivedAt()), r.receivedBy())).toList());
    }

    private static Place place(TransferDetail.Place p) {
        return p == null ? null : new Place(p.id(), p.code(), p.name(), p.active());
    }

    private static Step step(TransferDetail.Step s) {
        return s == null ? null : new Step(LocationView.stored(s.at()), s.userId(), s.userName());
    }
}
