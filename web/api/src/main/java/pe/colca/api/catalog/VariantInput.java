package pe.colca.api.catalog;

import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.catalog.VariantData;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/**
 * The body of a variant (inside POST /products, POST /products/{id}/variants, PUT /variants/{id}).
 * {@code priceOverride} is read on creation only; later it changes through
 * {@code POST /variants/{id}/price} (history, justification).
 */
@Schema(name = "VariantInput", description = "What a client sets on a variant.")
public record VariantInput(
        @Schema(required = true, maxLength = 60, description = "Stored upper case; unique among live variants.",
                example = "CAF-ORG-250") String sku,
        @Schema(maxLength = 60, nullable = true, description = "EAN-13, EAN-8 or UPC-A with a valid check digit "
                + "(other symbologies if the setting catalog.barcode.allow_other is true).", example = "7750885000192")
        String barcode,
        @Schema(maxLength = 30, nullable = true) String size,
        @Schema(maxLength = 60, nullable = true) String color,
        @Schema(nullable = true, description = "On creation only; PEN, above zero.") BigDecimal priceOverride,
        @Schema(nullable = true, description = "kg, 3 decimals.") BigDecimal weight,
        @Schema(nullable = true) Map<String, Object> dimensions,
        @Schema(nullable = true, maxLength = 1000) String mainImageUrl,
        @Schema(defaultValue = "true") Boolean active) {

    private static final Set<String> MEMBERS = Set.of("sku", "barcode", "size", "color", "weight", "dimensions",
            "mainImageUrl", "active");
    private static final Set<String> READ_ONLY = Set.of("id", "productId", "version", "effectivePrice",
            "priceOverridden", "margin", "marginPct", "costAbovePrice");

    /** A new variant of an existing product. */
    public static VariantData create(JsonObject body, Validator validator, Locale locale) {
        return read(body, validator, locale, true);
    }

    public static VariantData update(JsonObject body, Validator validator, Locale locale) {
        return read(body, validator, locale, false);
    }

    private static VariantData read(JsonObject body, Validator validator, Locale locale, boolean creating) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        JsonFields fields = new JsonFields(body, locale);
        VariantData data = describe(body, fields, locale, creating);
        if (fields.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            try {
                Checks.valid(validator, data, locale);
            } catch (InvalidInput rules) {
                errors.putAll(rules.fieldErrors());
            }
            errors.putAll(fields.errors());
            throw new InvalidInput(errors);
        }
        return data;
    }

    /** Reads the members into {@code fields} (errors included), for a variant alone or inside a product. */
    static VariantData describe(JsonObject body, JsonFields fields, Locale locale, boolean creating) {
        String sku = fields.string("sku");
        String barcode = fields.string("barcode");
        String size = fields.string("size");
        String color = fields.string("color");
        BigDecimal priceOverride = creating ? CatalogJson.decimal(body, "priceOverride", fields, locale) : null;
        BigDecimal weight = CatalogJson.decimal(body, "weight", fields, locale);
        Map<String, Object> dimensions = CatalogJson.object(body, "dimensions", fields, locale);
        String mainImageUrl = fields.string("mainImageUrl");
        boolean active = fields.bool("active", Boolean.TRUE);
        Set<String> known = new java.util.HashSet<>(MEMBERS);
        Set<String> ignored = new java.util.HashSet<>(READ_ONLY);
        (creating ? known : ignored).add("priceOverride");
        fields.refuseUnknown(known, ignored);
        return new VariantData(sku, barcode, size, color, priceOverride, weight, dimensions, mainImageUrl, active);
    }
}
