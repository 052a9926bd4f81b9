package pe.colca.api.catalog;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.catalog.pricing.BulkPriceMode;
import pe.colca.catalog.pricing.BulkPriceRequest;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/** The body of {@code POST /prices/bulk/preview} and {@code POST /prices/bulk}. */
@Schema(name = "BulkPriceInput", description = "Which variants (every criterion given must match; at least one) "
        + "and how their prices change.")
public record BulkPriceInput(
        @Schema(nullable = true, description = "A category; its sub-categories are included.") Integer categoryId,
        @Schema(nullable = true) Integer brandId,
        @Schema(nullable = true, description = "SKUs (case-insensitive).") List<String> skus,
        @Schema(required = true, enumeration = {"PERCENT", "AMOUNT", "SET"}) String mode,
        @Schema(required = true, description = "Percentage (+/-), amount in PEN (+/-) or the new price.",
                example = "10") BigDecimal value,
        @Schema(description = "Required to apply; kept in every history row.", maxLength = 2000) String justification,
        @Schema(nullable = true, description = "Apply only: the preview's fingerprint; 409 bulk-selection-changed "
                + "when the selection or its prices changed since.") String fingerprint,
        @Schema(nullable = true, description = "Preview only: lines to return (1–500, default 100).") Integer limit) {

    private static final Set<String> MEMBERS = Set.of("categoryId", "brandId", "skus", "mode", "value", "justification",
            "fingerprint", "limit");

    /** The request and the extras (fingerprint, limit) of a body. */
    record Read(BulkPriceRequest request, String fingerprint, int limit) {
    }

    static Read read(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        Long category = CatalogJson.id(body, "categoryId", fields, locale);
        Long brand = CatalogJson.id(body, "brandId", fields, locale);
        Long limit = CatalogJson.id(body, "limit", fields, locale);
        List<String> skus = strings(body, "skus", fields, locale);
        BulkPriceMode mode = fields.enumeration("mode", BulkPriceMode.class);
        BigDecimal value = CatalogJson.decimal(body, "value", fields, locale);
        String justification = fields.string("justification");
        String fingerprint = fields.string("fingerprint");
        fields.refuseUnknown(MEMBERS, Set.of());
        if (fields.hasErrors()) {
            throw new InvalidInput(fields.errors());
        }
        return new Read(new BulkPriceRequest(integer(category), integer(brand), skus, mode, value, justification),
                fingerprint, limit == null ? 100 : (int) Math.max(1, Math.min(500, limit)));
    }

    private static Integer integer(Long value) {
        return value == null ? null : value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? -1 : value.intValue();
    }

    private static List<String> strings(JsonObject body, String name, JsonFields fields, Locale locale) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonString)) {
            List<String> list = new ArrayList<>();
            array.getValuesAs(JsonString.class).forEach(s -> list.add(s.getString()));
            return list;
        }
        fields.error(name, Messages.format(locale, "catalog.field.array"));
        return null;
    }
}
