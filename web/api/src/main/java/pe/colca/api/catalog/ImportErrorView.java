package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.importing.ImportError;

/** A rejected row of an import. */
@JsonbPropertyOrder({"rowNumber", "column", "reason"})
@Schema(name = "CatalogImportError", description = "A rejected row: file line (header = 1), CSV column (* = the "
        + "whole line) and reason.")
public record ImportErrorView(int rowNumber, String column, String reason) {

    public static ImportErrorView of(ImportError e) {
        return new ImportErrorView(e.rowNumber(), e.column(), e.reason());
    }
}
