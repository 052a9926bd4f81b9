package pe.colca.batch.catalog;

import java.io.Serializable;
import java.util.List;
import pe.colca.catalog.importing.ImportError;
import pe.colca.catalog.importing.ImportRow;

/** A line after the processor: the parsed row, or the reasons it is rejected. */
public record CheckedRow(int lineNumber, int ordinal, ImportRow row, List<ImportError> errors) implements Serializable {
}
