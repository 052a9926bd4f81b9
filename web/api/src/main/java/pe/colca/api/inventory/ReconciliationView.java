package pe.colca.api.inventory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.inventory.LedgerMismatch;

/** Whether on hand equals the signed sum of the ledger for every variant × location checked. */
@Schema(name = "Reconciliation")
public record ReconciliationView(boolean consistent, List<Mismatch> mismatches) {

    @Schema(name = "LedgerMismatch")
    public record Mismatch(long variantId, long locationId, long onHand, long ledgerSum) {
    }

    public static ReconciliationView of(List<LedgerMismatch> found) {
        return new ReconciliationView(found.isEmpty(), found.stream()
                .map(m -> new Mismatch(m.variantId(), m.locationId(), m.onHand(), m.ledgerSum())).toList());
    }
}
