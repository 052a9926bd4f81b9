package pe.colca.api.inventory;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.transfer.TransferSummary;

/** One transfer in the list: header and unit totals, no lines. */
@JsonbPropertyOrder({"id", "number", "status", "fromLocationId", "fromCode", "toLocationId", "toCode", "lineCount",
        "unitsSent", "unitsReceived", "unitsLost", "unitsInTransit", "createdAt", "dispatchedAt", "receivedAt",
        "version"})
@Schema(name = "TransferSummary")
public record TransferSummaryView(long id, String number, String status, long fromLocationId, String fromCode,
                                  long toLocationId, String toCode, int lineCount, long unitsSent, long unitsReceived,
                                  long unitsLost, long unitsInTransit, Instant createdAt, Instant dispatchedAt,
                                  Instant receivedAt, long version) {

    public static TransferSummaryView of(TransferSummary s) {
        return new TransferSummaryView(s.id(), s.number(), s.status().name(), s.fromLocationId(), s.fromCode(),
                s.toLocationId(), s.toCode(), s.lineCount(), s.unitsSent(), s.unitsReceived(), s.unitsLost(),
                s.unitsInTransit(), s.createdAt(), s.dispatchedAt(), s.receivedAt(), s.version());
    }
}
