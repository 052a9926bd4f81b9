package pe.colca.batch.catalog;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pe.colca.catalog.importing.CatalogImportSteps;
import pe.colca.catalog.importing.ImportError;
import pe.colca.catalog.importing.ImportRow;

/**
 * Upserts the checked rows by SKU (new SKUs set-based, the others each in its own transaction, see
 * CatalogImportSteps#applyAll) and,
 * in the chunk's transaction, records the rejected rows and the progress mark. {@code grants} are the
 * permissions of the user who started the import: a row needing another one is rejected. The optional
 * {@code failAfterRow} parameter is a restart drill: the first execution fails right after writing
 * the chunk that holds that data row (before its checkpoint), a restarted execution never does.
 */
@Named
@Dependent
public class CatalogImportWriter extends AbstractItemWriter {

    @EJB
    private CatalogImportSteps steps;

    @Inject
    @BatchProperty
    private String importId;

    @Inject
    @BatchProperty
    private String failAfterRow;

    /** The permission slugs the import's starter held (comma separated): what its rows may do. */
    @Inject
    @BatchProperty
    private String grants;

    @Inject
    private JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(importId.strip());
        Set<String> granted = grants == null ? Set.of() : Arrays.stream(grants.split(","))
                .map(String::strip).filter(g -> !g.isEmpty()).collect(Collectors.toUnmodifiableSet());
        List<ImportError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        int last = 0;
        for (Object item : items) {
            CheckedRow checked = (CheckedRow) item;
            last = Math.max(last, checked.ordinal());
            if (checked.row() == null) {
                errors.addAll(checked.errors());
            } else {
                rows.add(checked.row());
            }
        }
        errors.addAll(steps.applyAll(id, rows, granted));
        steps.chunkDone(id, errors, last);
        if (failAfterRow != null && !failAfterRow.isBlank() && last >= Integer.parseInt(failAfterRow.strip())
                && firstExecution()) {
            throw new IllegalStateException("catalog import " + id + ": restart drill, failing after data row " + last);
        }
    }

    private boolean firstExecution() {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() <= 1;
    }
}
