package pe.colca.api.catalog;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.catalog.PriceChangeData;
import pe.colca.catalog.PriceChangeType;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/** The body of {@code POST /products/{id}/price} and {@code POST /variants/{id}/price}. */
@Schema(name = "PriceInput", description = "A price change. Above the threshold (setting "
        + "catalog.price.justification_threshold_pct, default 10 %) a justification is required (422 otherwise).")
public record PriceInput(
        @Schema(required = true, nullable = true, description = "PEN, above zero. For a variant, null removes "
                + "the override (back to the base price).", example = "21.50") BigDecimal newPrice,
        @Schema(nullable = true, maxLength = 2000, example = "Alza del proveedor") String justification,
        @Schema(enumeration = {"BASE", "PROMO"}, defaultValue = "BASE") String type,
        @Schema(nullable = true, maxLength = 60, example = "promotion") String referenceSource,
        @Schema(nullable = true, maxLength = 60, example = "42") String referenceId) {

    private static final Set<String> MEMBERS = Set.of("newPrice", "justification", "type", "referenceSource",
            "referenceId");

    public static PriceChangeData read(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        BigDecimal newPrice = CatalogJson.decimal(body, "newPrice", fields, locale);
        String justification = fields.string("justification");
        PriceChangeType type = fields.enumeration("type", PriceChangeType.class);
        String referenceSource = fields.string("referenceSource");
        String referenceId = fields.string("referenceId");
        fields.refuseUnknown(MEMBERS, Set.of());
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new PriceChangeData(newPrice, justification, type, referenceSource, referenceId);
    }
}
