package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.PricePolicy;
import pe.colca.catalog.ProductVariant;

/** A variant as the API shows it; the effective price is the override or the product's base price. */
@JsonbPropertyOrder({"id", "productId", "sku", "barcode", "size", "color", "priceOverride", "effectivePrice",
        "priceOverridden", "margin", "marginPct", "costAbovePrice", "weight", "dimensions", "mainImageUrl", "active",
        "version"})
@Schema(name = "Variant", description = "A sellable variant (one SKU).")
public record VariantView(
        long id,
        long productId,
        String sku,
        String barcode,
        String size,
        String color,
        BigDecimal priceOverride,
        BigDecimal effectivePrice,
        boolean priceOverridden,
        BigDecimal margin,
        BigDecimal marginPct,
        boolean costAbovePrice,
        BigDecimal weight,
        Map<String, Object> dimensions,
        String mainImageUrl,
        boolean active,
        @Schema(description = "Optimistic lock version; the ETag of the variant.") long version) {

    public static VariantView of(ProductVariant v) {
        BigDecimal price = v.effectivePrice();
        BigDecimal cost = v.getProduct().getCostPrice();
        return new VariantView(v.getId(), v.getProduct().getId(), v.getSku(), v.getBarcode(), v.getSize(), v.getColor(),
                v.getPriceOverride(), price, v.getPriceOverride() != null, PricePolicy.margin(price, cost),
                PricePolicy.marginPercent(price, cost), cost != null && cost.compareTo(price) > 0, v.getWeight(),
                v.getDimensions(), v.getMainImageUrl(), v.isActive(), v.getVersion());
    }
}
