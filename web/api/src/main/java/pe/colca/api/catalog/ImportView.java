package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.importing.ImportSummary;

/** Where a catalog import stands. */
@JsonbPropertyOrder({"id", "fileName", "status", "rowsTotal", "rowsRead", "rowsWritten", "rowsFailed",
        "rowsCreated", "rowsUpdated", "progressPercent", "jobExecutionId", "startedBy", "startedAt", "finishedAt"})
@Schema(name = "CatalogImport", description = "A CSV bulk import of products, variants and prices.")
public record ImportView(long id, String fileName,
                         @Schema(enumeration = {"STARTED", "COMPLETED", "FAILED", "STOPPED"}) String status,
                         @Schema(description = "Data rows of the file.") int rowsTotal,
                         @Schema(description = "Data rows handled so far (written or rejected).") int rowsRead,
                         int rowsWritten, int rowsFailed,
                         @Schema(description = "Written rows whose SKU was new.") int rowsCreated,
                         @Schema(description = "Written rows that matched an existing SKU.") int rowsUpdated,
                         int progressPercent, Long jobExecutionId,
                         @Schema(description = "users.id of who started it.") Long startedBy,
                         Instant startedAt, Instant finishedAt) {

    public static ImportView of(ImportSummary s) {
        return new ImportView(s.id(), s.fileName(), s.status(), s.rowsTotal(), s.rowsRead(), s.rowsWritten(),
                s.rowsFailed(), s.rowsCreated(), s.rowsUpdated(), s.progressPercent(), s.jobExecutionId(), s.startedBy(),
                CatalogJson.stored(s.startedAt()), CatalogJson.stored(s.finishedAt()));
    }
}
