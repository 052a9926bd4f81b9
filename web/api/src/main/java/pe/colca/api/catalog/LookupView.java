package pe.colca.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.EntityTag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.catalog.VariantLookup;

/** The answer to a scan at the POS. */
@JsonbPropertyOrder({"variantId", "productId", "sku", "barcode", "productName", "size", "color", "price",
        "priceOverridden", "taxCode"})
@Schema(name = "VariantLookup", description = "The sellable variant a barcode or SKU names, with the price to charge: "
        + "only what the POS needs to ring it up.")
public record LookupView(long variantId, long productId, String sku, String barcode, String productName, String size,
                         String color, @Schema(description = "Effective price, PEN.") BigDecimal price,
                         boolean priceOverridden, @Schema(description = "SUNAT catalog 07.") String taxCode) {

    public static LookupView of(VariantLookup l) {
        return new LookupView(l.variantId(), l.productId(), l.sku(), l.barcode(), l.productName(), l.size(), l.color(),
                l.effectivePrice(), l.priceOverridden(), l.taxCode());
    }

    /**
     * The strong validator of a lookup answer: the variant's and the product's versions plus a checksum
     * of every value of the body, so a price, sellability or name change gives another tag even when
     * a row was changed without its version (SQL by hand, a migration). Computed from the row alone,
     * so a 304 never builds the body.
     */
    public static EntityTag etag(VariantLookup l) {
        CRC32 crc = new CRC32();
        String values = l.variantId() + "|" + l.productId() + "|" + l.sku() + "|" + l.barcode() + "|"
                + l.productName() + "|" + l.size() + "|" + l.color() + "|" + l.effectivePrice().toPlainString()
                + "|" + l.priceOverridden() + "|" + l.taxCode();
        crc.update(values.getBytes(StandardCharsets.UTF_8));
        return new EntityTag(l.variantId() + "." + l.variantVersion() + "." + l.productVersion() + "."
                + Long.toHexString(crc.getValue()));
    }

    /** True if {@code If-None-Match} names {@code tag} (or is {@code *}); weak forms compare weakly. */
    public static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String quoted = "\"" + tag.getValue() + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(quoted)) {
                return true;
            }
        }
        return false;
    }
}
