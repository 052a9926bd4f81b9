package pe.colca.catalog.importing;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Bulk import of products, variants and prices from CSV (docs/catalog-import.md) through the
 * Jakarta Batch job {@code catalog-import}. Every method needs {@code catalog.import}. Starting and
 * restarting run outside any transaction: the import row and the stored file are committed before
 * the job starts, and a job is never started by a transaction that could roll back afterwards.
 */
@Local
public interface CatalogImportService {

    /** The job's name (batch/src/main/resources/META-INF/batch-jobs/catalog-import.xml). */
    String JOB = "catalog-import";

    /**
     * Stores the file under {@code colca.import.dir} and starts the job.
     *
     * @param chunkSize rows per chunk (transaction and checkpoint), 1–1000; null: 100
     * @param failAfterRow restart drill: the job fails once after writing the chunk holding this data
     *                     row (null in normal use); a restart then runs without it
     * @throws pe.colca.common.InvalidInput when the file is empty, not UTF-8 or its header is wrong
     */
    ImportSummary start(String fileName, byte[] content, Integer chunkSize, Integer failAfterRow);

    /** @throws CatalogRecordNotFound for an unknown id */
    ImportSummary get(long id);

    /** The rejected rows, by row number and column. */
    Page<ImportError> errors(long id, PageRequest page);

    /** All rejected rows (for the downloadable report), by row number and column. */
    List<ImportError> allErrors(long id);

    /**
     * Restarts a FAILED or STOPPED import from its last checkpoint.
     *
     * @throws pe.colca.common.RuleViolated when it is still running or completed
     */
    ImportSummary restart(long id);

    /** The imports, newest first, each with its current status (as {@link #get}). */
    Page<ImportSummary> recent(PageRequest page);
}
