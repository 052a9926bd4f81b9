package pe.colca.api.inventory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.inventory.CountViews.CountLineView;
import pe.colca.api.inventory.CountViews.CountView;
import pe.colca.api.inventory.CountViews.SnapshotView;

/**
 * Schemas of the OpenAPI document only: what a generic {@code PageView<T>} of the inventory looks
 * like for each item type (MicroProfile OpenAPI cannot express generics), and the request bodies
 * that {@link InventoryInput}, {@link TransferInput} and the resources read member by member from a
 * {@code JsonObject}. The JSON the resources write and read does not depend on them; each record
 * has exactly the members of the JSON it describes.
 */
public final class InventorySchemas {

    private InventorySchemas() {
    }

    // ------------------------------------------------------------------ pages

    @Schema(name = "StockPage", description = "One page of stock rows; the Link header has next/prev/first/last.")
    public record StockPage(List<StockView> items,
                            @Schema(description = "How many match, over all pages.") long total,
                            @Schema(description = "Position of the first item.") int offset,
                            @Schema(description = "Page size asked for.") int limit) {
    }

    @Schema(name = "MovementPage", description = "One page of ledger lines; the Link header has next/prev/first/last.")
    public record MovementPage(List<MovementView> items, long total, int offset, int limit) {
    }

    @Schema(name = "CountPage", description = "One page of counts; the Link header has next/prev/first/last.")
    public record CountPage(List<CountView> items, long total, int offset, int limit) {
    }

    @Schema(name = "CountLinePage", description = "One page of the lines of a count, by SKU.")
    public record CountLinePage(List<CountLineView> items, long total, int offset, int limit) {
    }

    @Schema(name = "AuditSnapshotPage", description = "One page of audit snapshots, newest first.")
    public record AuditSnapshotPage(List<SnapshotView> items, long total, int offset, int limit) {
    }

    @Schema(name = "TransferSummaryPage", description = "One page of transfers; the Link header has next/prev/first/last.")
    public record TransferSummaryPage(List<TransferSummaryView> items, long total, int offset, int limit) {
    }

    // ------------------------------------------------------------------ stock movements and reservations

    @Schema(name = "StockChangeInput", description = "Units entering or leaving one location (receipt, sale, return).")
    public record StockChangeInput(
            @Schema(required = true, minimum = "1", example = "1001") long variantId,
            @Schema(required = true, minimum = "1", example = "1") int locationId,
            @Schema(required = true, minimum = "1", maximum = "1000000", example = "12") int quantity,
            @Schema(maxLength = 100, description = "Document behind the movement (invoice, guide).",
                    example = "F001-123") String referenceDoc,
            @Schema(maxLength = 2000) String notes) {
    }

    @Schema(name = "StockAdjustmentInput", description = "A manual correction of on-hand stock (audited).")
    public record StockAdjustmentInput(
            @Schema(required = true, minimum = "1", example = "1001") long variantId,
            @Schema(required = true, minimum = "1", example = "1") int locationId,
            @Schema(required = true, minimum = "-1000000", maximum = "1000000",
                    description = "Signed: positive adds units, negative removes them; never zero.", example = "-2")
            int quantity,
            @Schema(required = true, maxLength = 2000, example = "Rotura en almacén") String reason,
            @Schema(maxLength = 100) String referenceDoc) {
    }

    @Schema(name = "ReservationInput", description = "Units to hold for a checkout session.")
    public record ReservationInput(
            @Schema(required = true, minimum = "1", example = "1001") long variantId,
            @Schema(required = true, minimum = "1", example = "1") int locationId,
            @Schema(required = true, minimum = "1", maximum = "1000000", example = "2") int quantity,
            @Schema(required = true, maxLength = 100, example = "cart-7f3a") String sessionId,
            @Schema(minimum = "1", maximum = "86400", description = "At most the configured TTL (setting "
                    + "inventory.reservation.ttl_minutes, also the default).") Integer ttlSeconds) {
    }

    @Schema(name = "ReservationExtension", description = "Optional body of an extension.")
    public record ReservationExtension(
            @Schema(minimum = "1", maximum = "86400", description = "Capped by the configured TTL.") Integer ttlSeconds) {
    }

    @Schema(name = "ReservationConversion", description = "Optional body of a conversion into a sale.")
    public record ReservationConversion(@Schema(maxLength = 100, example = "B001-123") String referenceDoc) {
    }

    @Schema(name = "ReleasedReservations", description = "How many expired reservations were released.")
    public record ReleasedReservations(@Schema(example = "3") int released) {
    }

    // ------------------------------------------------------------------ counts

    @Schema(name = "CountStartInput", description = "A new count at a location.")
    public record CountStartInput(
            @Schema(required = true, minimum = "1", example = "1") int locationId,
            @Schema(required = true, enumeration = {"ALL", "SELECTED"}) String scope,
            @Schema(description = "SELECTED: the SKUs to count.") List<String> skus,
            @Schema(description = "SELECTED: the variants of this category (and its sub-categories).") Long categoryId,
            @Schema(maxLength = 2000) String notes) {
    }

    @Schema(name = "CountScanInput", description = "A scan: a barcode or SKU and the units seen (default 1).")
    public record CountScanInput(
            @Schema(required = true, example = "7751234567895") String code,
            @Schema(minimum = "1", defaultValue = "1") Integer quantity) {
    }

    @Schema(name = "CountedInput", description = "The counted quantity of a line.")
    public record CountedInput(@Schema(required = true, minimum = "0", maximum = "1000000") int counted) {
    }

    @Schema(name = "CountApprovalInput", description = "Optional body of an approval.")
    public record CountApprovalInput(
            @Schema(defaultValue = "false", description = "Lines nobody counted are counted as 0 (else left untouched).")
            Boolean uncountedAsZero) {
    }

    // ------------------------------------------------------------------ transfers

    @Schema(name = "TransferDraftInput", description = "A draft transfer: where from, where to and what.")
    public record TransferDraftInput(
            @Schema(required = true, minimum = "1") int fromLocationId,
            @Schema(required = true, minimum = "1") int toLocationId,
            @Schema(maxLength = 2000) String notes,
            @Schema(required = true) List<TransferDraftLineInput> lines) {
    }

    @Schema(name = "TransferDraftLineInput", description = "A line: the variant by variantId, sku or barcode.")
    public record TransferDraftLineInput(Long variantId, String sku, String barcode,
                                         @Schema(required = true, minimum = "1") int quantity) {
    }

    @Schema(name = "TransferReceiptInput", description = "Units received now, per line.")
    public record TransferReceiptInput(@Schema(required = true) List<TransferReceiptLineInput> lines) {
    }

    @Schema(name = "TransferReceiptLineInput")
    public record TransferReceiptLineInput(@Schema(required = true) long lineId,
                                           @Schema(required = true, minimum = "1") int quantity) {
    }

    @Schema(name = "TransferCloseInput", description = "Why the outstanding units were lost: one reason for every "
            + "short line and/or one per line.")
    public record TransferCloseInput(String reason, List<TransferCloseLineInput> lines) {
    }

    @Schema(name = "TransferCloseLineInput")
    public record TransferCloseLineInput(@Schema(required = true) long lineId,
                                         @Schema(required = true) String reason) {
    }
}
