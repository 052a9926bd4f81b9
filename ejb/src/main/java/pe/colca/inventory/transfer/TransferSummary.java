package pe.colca.inventory.transfer;

import java.io.Serializable;
import java.time.Instant;

/** One row of the transfer list (read model): header, both locations and unit totals. */
public record TransferSummary(long id, String number, TransferStatus status, long fromLocationId, String fromCode,
                              String fromName, long toLocationId, String toCode, String toName, int lineCount,
                              long unitsSent, long unitsReceived, long unitsLost, Instant createdAt,
                              Instant dispatchedAt, Instant receivedAt, long version) implements Serializable {

    /** Units on their way (0 unless dispatched and not fully received or closed). */
    public long unitsInTransit() {
        return status.inTransit() ? unitsSent - unitsReceived - unitsLost : 0;
    }
}
