package pe.colca.catalog.importing;

import jakarta.ejb.Local;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the {@code catalog-import} job's artifacts ask of the catalog. Not for screens or the API:
 * the job runs on a batch thread without the user's identity, so these methods are open to the
 * deployment ({@code @PermitAll}) and act on behalf of the user who started the import, with the
 * permissions he had then ({@code granted}, kept in the job's parameters).
 */
@Local
public interface CatalogImportSteps {

    /** The stored file of the import. */
    Path file(long importId);

    /**
     * Upserts one checked row by SKU in its own transaction, through the same writes as the screens
     * (so the same rules: barcode, slug, positive prices, the justification threshold, one audit row
     * per change), with BULK price history referencing the import. Idempotent: a row already applied
     * changes nothing and writes no history or audit row.
     *
     * @param granted the permission slugs the row may use ({@code catalog.product.create},
     *                {@code catalog.product.edit}, {@code catalog.price.edit}); a row that needs
     *                another one is rejected
     * @return null when written, else why the row is rejected
     */
    ImportError apply(long importId, ImportRow row, Set<String> granted);

    /**
     * Upserts a chunk's checked rows, with the outcome of {@link #apply} for each of them, but fast:
     * the rows that plainly add new SKUs are written set-based in one transaction (one statement per
     * table), the others then one by one with {@link #apply}, each in its own transaction, in file
     * order. If the set-based write is refused (e.g. a concurrent write took a SKU), every row goes
     * one by one, so a bad row still fails alone.
     *
     * @return why rows are rejected (none: all written)
     */
    List<ImportError> applyAll(long importId, List<ImportRow> rows, Set<String> granted);

    /**
     * In the chunk's transaction: records rejected rows (once per row and column, whatever the
     * re-runs) and raises the handled-rows mark to {@code rowsRead} (never lowers it).
     */
    void chunkDone(long importId, List<ImportError> errors, int rowsRead);
}
