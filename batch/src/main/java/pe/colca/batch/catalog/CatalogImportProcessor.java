package pe.colca.batch.catalog;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pe.colca.catalog.importing.CatalogCsv;

/** Checks a line against the file format (CatalogCsv); rejected lines go on to be recorded. */
@Named
@Dependent
public class CatalogImportProcessor implements ItemProcessor {

    @Inject
    private StepContext step;

    @Override
    public Object processItem(Object item) {
        ImportLine line = (ImportLine) item;
        CatalogCsv csv = (CatalogCsv) step.getTransientUserData();
        CatalogCsv.Parsed parsed = csv.parse(line.lineNumber(), line.text());
        return new CheckedRow(line.lineNumber(), line.ordinal(), parsed.row(), parsed.errors());
    }
}
