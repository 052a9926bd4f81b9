package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.PriceChange;

/** One immutable row of a variant's price history. */
@JsonbPropertyOrder({"id", "variantId", "oldPrice", "newPrice", "changeType", "referenceSource", "referenceId",
        "changedBy", "justification", "changedAt"})
@Schema(name = "PriceChange", description = "One row of a variant's price history.")
public record PriceChangeView(long id, long variantId, BigDecimal oldPrice, BigDecimal newPrice, String changeType,
                              String referenceSource, String referenceId,
                              @Schema(description = "users.id of who changed it.") Long changedBy,
                              String justification, Instant changedAt) {

    public static PriceChangeView of(PriceChange c) {
        return new PriceChangeView(c.getId(), c.getVariantId(), c.getOldPrice(), c.getNewPrice(),
                c.getChangeType().name(), c.getReferenceSource(), c.getReferenceId(), c.getChangedBy(),
                c.getJustification(), CatalogJson.stored(c.getChangedAt()));
    }
}
