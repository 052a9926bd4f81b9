package pe.colca.api.catalog;

import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.api.JsonFields;
import pe.colca.catalog.NewProduct;
import pe.colca.catalog.ProductData;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.TaxAffectation;
import pe.colca.catalog.VariantData;
import pe.colca.common.Checks;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;

/**
 * The body of POST and PUT on products. POST also takes {@code basePrice} and {@code variants} (at
 * least one); on PUT both are read-only (prices change through {@code POST /products/{id}/price},
 * variants through {@code /variants}). The record documents the shape; {@link #create}/{@link #update} parse it strictly.
 */
@Schema(name = "ProductInput", description = "What a client sets on a product. Read-only members of Product may be "
        + "sent back and are ignored; any other unknown member is a 400.")
public record ProductInput(
        @Schema(required = true, maxLength = 200, example = "Café orgánico 250 g") String name,
        @Schema(maxLength = 200, description = "Generated from the name when absent (made unique with -2, -3…); "
                + "kept on PUT when absent.", example = "cafe-organico-250-g") String slug,
        @Schema(nullable = true) String descriptionShort,
        @Schema(nullable = true) String descriptionLong,
        @Schema(nullable = true, example = "3") Long brandId,
        @Schema(nullable = true, example = "7") Long categoryId,
        @Schema(description = "POST only, PEN, above zero.", example = "18.90") BigDecimal basePrice,
        @Schema(nullable = true, example = "11.20") BigDecimal costPrice,
        @Schema(description = "SUNAT catalog 07 code; default 10 (gravado).", example = "10") String taxCode,
        @Schema(enumeration = {"DRAFT", "ACTIVE", "DISCONTINUED"}, defaultValue = "DRAFT") String status,
        @Schema(nullable = true, description = "Free key/values.") Map<String, Object> attributes,
        @Schema(description = "POST only: the first variant(s), at least one.") List<VariantInput> variants) {

    private static final Set<String> MEMBERS = Set.of("name", "slug", "descriptionShort", "descriptionLong", "brandId",
            "categoryId", "costPrice", "taxCode", "status", "attributes");
    private static final Set<String> CREATE_ONLY = Set.of("basePrice", "variants");
    static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt", "margin", "marginPct",
            "costAbovePrice", "warnings", "taxAffectation");

    public static NewProduct create(JsonObject body, Validator validator, Locale locale) {
        JsonFields fields = fields(body, locale);
        ProductData product = describe(body, fields, locale);
        BigDecimal basePrice = CatalogJson.decimal(body, "basePrice", fields, locale);
        List<JsonObject> rawVariants = CatalogJson.objects(body, "variants", fields, locale);
        List<VariantData> variants = new ArrayList<>();
        Map<String, String> nested = new LinkedHashMap<>();
        if (rawVariants != null) {
            for (int i = 0; i < rawVariants.size(); i++) {
                JsonFields vf = new JsonFields(rawVariants.get(i), locale);
                variants.add(VariantInput.describe(rawVariants.get(i), vf, locale, true));
                for (Map.Entry<String, String> e : vf.errors().entrySet()) {
                    nested.put("variants[" + i + "]." + e.getKey(), e.getValue());
                }
            }
        }
        Set<String> known = new java.util.HashSet<>(MEMBERS);
        known.addAll(CREATE_ONLY);
        fields.refuseUnknown(known, READ_ONLY);
        NewProduct data = new NewProduct(product, basePrice, variants);
        if (fields.hasErrors() || !nested.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            try {
                Checks.valid(validator, data, locale);
            } catch (InvalidInput rules) {
                errors.putAll(rules.fieldErrors());
            }
            errors.putAll(fields.errors());
            errors.putAll(nested);
            throw new InvalidInput(errors);
        }
        return data;
    }

    public static ProductData update(JsonObject body, Validator validator, Locale locale) {
        JsonFields fields = fields(body, locale);
        ProductData data = describe(body, fields, locale);
        Set<String> ignored = new java.util.HashSet<>(READ_ONLY);
        ignored.addAll(CREATE_ONLY);
        fields.refuseUnknown(MEMBERS, ignored);
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

    private static JsonFields fields(JsonObject body, Locale locale) {
        if (body == null) {
            throw InvalidInput.of("body", Messages.format(locale, "error.bodyRequired"));
        }
        return new JsonFields(body, locale);
    }

    private static ProductData describe(JsonObject body, JsonFields fields, Locale locale) {
        String name = fields.string("name");
        String slug = fields.string("slug");
        String descriptionShort = fields.string("descriptionShort");
        String descriptionLong = fields.string("descriptionLong");
        Long brandId = CatalogJson.id(body, "brandId", fields, locale);
        Long categoryId = CatalogJson.id(body, "categoryId", fields, locale);
        BigDecimal costPrice = CatalogJson.decimal(body, "costPrice", fields, locale);
        TaxAffectation tax = CatalogJson.taxCode(body, "taxCode", TaxAffectation.GRAVADO_ONEROSA, fields, locale);
        ProductStatus status = fields.enumeration("status", ProductStatus.class);
        if (status == null && !fields.errors().containsKey("status")) {
            status = ProductStatus.DRAFT;
        }
        Map<String, Object> attributes = CatalogJson.object(body, "attributes", fields, locale);
        return new ProductData(name, slug, descriptionShort, descriptionLong, brandId, categoryId, costPrice, tax,
                status, attributes);
    }
}
