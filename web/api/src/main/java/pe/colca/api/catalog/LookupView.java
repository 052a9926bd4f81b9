package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.VariantLookup;

/** The answer to a scan at the POS. */
@JsonbPropertyOrder({"variantId", "productId", "sku", "barcode", "productName", "size", "color", "price",
        "priceOverridden", "taxCode"})
@Schema(name = "VariantLookup", description = "The sellable variant a barcode or SKU names, with the price to charge.")
public record LookupView(long variantId, long productId, String sku, String barcode, String productName, String size,
                         String color, @Schema(description = "Effective price, PEN.") BigDecimal price,
                         boolean priceOverridden, @Schema(description = "SUNAT catalog 07.") String taxCode) {

    public static LookupView of(VariantLookup l) {
        return new LookupView(l.variantId(), l.productId(), l.sku(), l.barcode(), l.productName(), l.size(), l.color(),
                l.effectivePrice(), l.priceOverridden(), l.taxCode());
    }
}
