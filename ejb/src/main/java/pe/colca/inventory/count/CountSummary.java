package pe.colca.inventory.count;

import java.io.Serializable;
import java.time.Instant;

/** A count as the lists show it: the session, its location and its progress (read-only). */
public record CountSummary(long id, String countNumber, long locationId, String locationCode, String locationName,
                           CountScope scope, CountStatus status, String notes, Instant startedAt, String startedBy,
                           Instant submittedAt, Instant approvedAt, String approvedBy, long lines, long countedLines,
                           long differenceLines, long version) implements Serializable {

    private static final long serialVersionUID = 1L;
}
