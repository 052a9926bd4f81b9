package pe.colca.api.security;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.security.AuditCheck;

/** The result of verifying the audit hash chain. */
@JsonbPropertyOrder({"ok", "checkedRows", "unsealedRows", "brokenRowId", "brokenSeq", "reason", "expected", "stored",
        "checkedAt"})
@Schema(name = "AuditVerification", description = "The audit trail's hash chain, recomputed from its first row.")
public record AuditCheckView(
        @Schema(description = "Every sealed row's hash matches its content and the previous row's hash.") boolean ok,
        @Schema(description = "Sealed rows checked before the first broken link (all of them when ok).", example = "1520")
        long checkedRows,
        @Schema(description = "Rows written but not chained yet (the sealer runs every few seconds).", example = "0")
        long unsealedRows,
        @Schema(nullable = true, description = "The audit row where the chain breaks.", example = "4051")
        Long brokenRowId,
        @Schema(nullable = true, description = "Its position in the chain.", example = "82") Long brokenSeq,
        @Schema(nullable = true, enumeration = {"ROW_HASH", "PREV_HASH", "SEQ_GAP"},
                description = "ROW_HASH: the row's content or hash was changed; PREV_HASH: the link to the previous "
                        + "row is broken (a row before it was removed or re-sealed); SEQ_GAP: a row is missing.")
        String reason,
        @Schema(nullable = true, description = "The recomputed hash (or the expected seq for SEQ_GAP).") String expected,
        @Schema(nullable = true, description = "What the row stores.") String stored,
        Instant checkedAt) {

    public static AuditCheckView of(AuditCheck c) {
        return new AuditCheckView(c.ok(), c.checkedRows(), c.unsealedRows(), c.brokenRowId(), c.brokenSeq(), c.reason(),
                c.expected(), c.stored(), c.checkedAt());
    }
}
