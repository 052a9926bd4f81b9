package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.PricePolicy;
import pe.colca.catalog.Product;

/** A product as the API shows it, with its live variants and the margin (a warning when the cost is above the price). */
@JsonbPropertyOrder({"id", "name", "slug", "descriptionShort", "descriptionLong", "brandId", "categoryId", "basePrice",
        "costPrice", "margin", "marginPct", "costAbovePrice", "warnings", "taxCode", "status", "attributes", "variants",
        "version", "createdAt", "updatedAt"})
@Schema(name = "Product", description = "A product with its variants.")
public record ProductView(
        long id,
        String name,
        String slug,
        String descriptionShort,
        String descriptionLong,
        Long brandId,
        Long categoryId,
        @Schema(description = "PEN.") BigDecimal basePrice,
        BigDecimal costPrice,
        @Schema(description = "basePrice - costPrice; null without a cost.") BigDecimal margin,
        @Schema(description = "margin as % of the base price.") BigDecimal marginPct,
        @Schema(description = "True when the cost is above the base price (allowed, but warned).") boolean costAbovePrice,
        @Schema(description = "e.g. cost-above-price") List<String> warnings,
        @Schema(description = "SUNAT catalog 07.") String taxCode,
        @Schema(enumeration = {"DRAFT", "ACTIVE", "DISCONTINUED"}) String status,
        Map<String, Object> attributes,
        List<VariantView> variants,
        @Schema(description = "Optimistic lock version; the ETag is this number in quotes.") long version,
        Instant createdAt,
        Instant updatedAt) {

    public static ProductView of(Product p) {
        List<VariantView> variants = p.getVariants().stream().filter(v -> !v.isDeleted()).map(VariantView::of).toList();
        boolean costAbove = p.getCostPrice() != null && p.getCostPrice().compareTo(p.getBasePrice()) > 0;
        List<String> warnings = new ArrayList<>();
        if (costAbove || variants.stream().anyMatch(VariantView::costAbovePrice)) {
            warnings.add("cost-above-price");
        }
        return new ProductView(p.getId(), p.getName(), p.getSlug(), p.getDescriptionShort(), p.getDescriptionLong(),
                p.getBrandId(), p.getCategoryId(), p.getBasePrice(), p.getCostPrice(),
                PricePolicy.margin(p.getBasePrice(), p.getCostPrice()),
                PricePolicy.marginPercent(p.getBasePrice(), p.getCostPrice()), costAbove, warnings, p.getTaxCode(),
                p.getStatus() == null ? null : p.getStatus().name(), p.getAttributes(), variants, p.getVersion(),
                CatalogJson.stored(p.getCreatedAt()), CatalogJson.stored(p.getUpdatedAt()));
    }
}
