package pe.colca.catalog;

import java.time.Instant;

/**
 * Where a catalog import stands. {@code rowsRead} counts the data rows handled so far (checked and
 * written, or rejected); {@code rowsWritten = rowsRead - rowsFailed}.
 *
 * @param status STARTED, COMPLETED, FAILED or STOPPED
 */
public record ImportSummary(long id, String fileName, String status, int rowsTotal, int rowsRead,
                            int rowsWritten, int rowsFailed, Long jobExecutionId, Long startedBy,
                            Instant startedAt, Instant finishedAt) {

    /** Handled rows in percent of the file's data rows (100 for an empty file). */
    public int progressPercent() {
        return rowsTotal == 0 ? 100 : Math.min(100, (int) (100L * rowsRead / rowsTotal));
    }
}
