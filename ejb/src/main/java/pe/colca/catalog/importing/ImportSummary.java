package pe.colca.catalog.importing;

import java.time.Instant;

/**
 * Where a catalog import stands. {@code rowsRead} counts the data rows handled so far (checked and
 * written, or rejected); {@code rowsWritten = rowsRead - rowsFailed}.
 *
 * @param status STARTED, COMPLETED, FAILED or STOPPED
 * @param rowsCreated written rows whose SKU was new (a variant created by this import: its first price
 *                    history row points at the import); the other written rows updated an existing SKU
 */
public record ImportSummary(long id, String fileName, String status, int rowsTotal, int rowsRead,
                            int rowsWritten, int rowsFailed, Long jobExecutionId, Long startedBy,
                            Instant startedAt, Instant finishedAt, int rowsCreated) implements java.io.Serializable {

    /** Written rows that matched an existing SKU (changed or already up to date). */
    public int rowsUpdated() {
        return Math.max(0, rowsWritten - rowsCreated);
    }

    /** Handled rows in percent of the file's data rows (100 for an empty file). */
    public int progressPercent() {
        return rowsTotal == 0 ? 100 : Math.min(100, (int) (100L * rowsRead / rowsTotal));
    }
}
