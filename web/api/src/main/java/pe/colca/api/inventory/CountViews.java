package pe.colca.api.inventory;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.count.AuditSnapshot;
import pe.colca.inventory.count.CountCorrections;
import pe.colca.inventory.count.CountLine;
import pe.colca.inventory.count.CountSummary;

/** The JSON shapes of the count and snapshot endpoints. */
public final class CountViews {

    private CountViews() {
    }

    /** A count session with its progress. */
    @JsonbPropertyOrder({"id", "countNumber", "locationId", "locationCode", "locationName", "scope", "status",
            "notes", "lines", "countedLines", "differenceLines", "startedAt", "startedBy", "submittedAt",
            "approvedAt", "approvedBy", "version"})
    @Schema(name = "Count", description = "A physical count session at a location.")
    public record CountView(
            @Schema(example = "101") long id,
            @Schema(example = "CNT-000101") String countNumber,
            @Schema(example = "3") long locationId,
            @Schema(example = "LIM-01") String locationCode,
            String locationName,
            @Schema(enumeration = {"ALL", "SELECTED"}) String scope,
            @Schema(enumeration = {"OPEN", "SUBMITTED", "APPROVED", "CANCELLED"}) String status,
            @Schema(nullable = true) String notes,
            @Schema(description = "Lines in the count.", example = "120") long lines,
            @Schema(description = "Lines counted so far.", example = "87") long countedLines,
            @Schema(description = "Counted lines whose count differs from the system.", example = "4")
            long differenceLines,
            Instant startedAt,
            @Schema(nullable = true) String startedBy,
            @Schema(nullable = true) Instant submittedAt,
            @Schema(nullable = true) Instant approvedAt,
            @Schema(nullable = true) String approvedBy,
            @Schema(description = "Optimistic lock version (also the ETag).", example = "2") long version) {

        static CountView of(CountSummary c) {
            return new CountView(c.id(), c.countNumber(), c.locationId(), c.locationCode(), c.locationName(),
                    c.scope().name(), c.status().name(), c.notes(), c.lines(), c.countedLines(),
                    c.differenceLines(), LocationView.stored(c.startedAt()), c.startedBy(),
                    LocationView.stored(c.submittedAt()), LocationView.stored(c.approvedAt()), c.approvedBy(),
                    c.version());
        }
    }

    /** One line compared with the system. */
    @JsonbPropertyOrder({"lineId", "variantId", "sku", "barcode", "productName", "size", "color", "systemQuantity",
            "counted", "difference", "onHandNow", "costPrice", "countedAt", "countedBy"})
    @Schema(name = "CountLine", description = "A variant of a count: system quantity, counted, difference.")
    public record CountLineView(
            long lineId,
            long variantId,
            String sku,
            @Schema(nullable = true) String barcode,
            String productName,
            @Schema(nullable = true) String size,
            @Schema(nullable = true) String color,
            @Schema(description = "On hand frozen when the line was first counted; the live on hand while not "
                    + "counted.", example = "10") int systemQuantity,
            @Schema(nullable = true, description = "Counted units; null while not counted.", example = "8")
            Integer counted,
            @Schema(nullable = true, description = "counted − systemQuantity; null while not counted.", example = "-2")
            Integer difference,
            @Schema(description = "On hand right now.", example = "7") int onHandNow,
            @Schema(nullable = true) BigDecimal costPrice,
            @Schema(nullable = true) Instant countedAt,
            @Schema(nullable = true) String countedBy) {

        static CountLineView of(CountLine l) {
            return new CountLineView(l.lineId(), l.variantId(), l.sku(), l.barcode(), l.productName(), l.size(),
                    l.color(), l.system(), l.counted(), l.difference(), l.onHandNow(), l.costPrice(),
                    LocationView.stored(l.countedAt()), l.countedBy());
        }
    }

    /** The corrections an approval posts (or posted). */
    @Schema(name = "CountCorrections", description = "Lines corrected, units in and out and their value at cost.")
    public record CorrectionsView(int correctedLines, int unitsIn, int unitsOut, int netUnits, BigDecimal valueIn,
                           BigDecimal valueOut, BigDecimal netValue, int uncountedLines, boolean uncountedAsZero) {

        static CorrectionsView of(CountCorrections c) {
            return new CorrectionsView(c.correctedLines(), c.unitsIn(), c.unitsOut(), c.netUnits(), c.valueIn(),
                    c.valueOut(), c.netValue(), c.uncountedLines(), c.uncountedAsZero());
        }
    }

    /** A count and what approving it posts now (GET) or posted (approve). */
    @Schema(name = "CountDetail")
    public record CountDetailView(CountView count, CorrectionsView corrections) {
    }

    /** An audit snapshot row. */
    @JsonbPropertyOrder({"id", "variantId", "locationId", "snapshotQuantity", "discrepancy", "type", "triggeredBy",
            "snapshotAt"})
    @Schema(name = "AuditSnapshot", description = "The stock of a pair at a moment and its discrepancy.")
    public record SnapshotView(long id, long variantId, long locationId,
                        @Schema(description = "On hand (SCHEDULED/MANUAL) or counted units (COUNT).") int snapshotQuantity,
                        @Schema(description = "COUNT: counted − system; SCHEDULED/MANUAL: ledger sum − on hand "
                                + "(0 when the ledger reconciles).") int discrepancy,
                        @Schema(enumeration = {"SCHEDULED", "COUNT", "MANUAL"}) String type,
                        @Schema(nullable = true, description = "users.id; null for the scheduled snapshot.")
                        Long triggeredBy,
                        Instant snapshotAt) {

        static SnapshotView of(AuditSnapshot s) {
            return new SnapshotView(s.getId(), s.getVariantId(), s.getLocationId(), s.getSnapshotQuantity(),
                    s.getDiscrepancy(), s.getSnapshotType().name(), s.getTriggeredBy(),
                    LocationView.stored(s.getSnapshotAt()));
        }
    }

    /** The answer of "take a snapshot now". */
    @Schema(name = "SnapshotTaken")
    public record SnapshotTaken(@Schema(description = "Rows written: one per stock row.") int rows) {
    }
}
