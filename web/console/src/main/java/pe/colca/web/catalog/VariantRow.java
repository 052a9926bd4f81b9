package pe.colca.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.catalog.PricePolicy;
import pe.colca.catalog.ProductVariant;

/** One line of the editor's variants grid, with the version read (for edits, deletes, price changes). */
public final class VariantRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String sku;
    private final String barcode;
    private final String size;
    private final String color;
    private final BigDecimal priceOverride;
    private final BigDecimal effectivePrice;
    private final BigDecimal weight;
    private final LinkedHashMap<String, Object> dimensions;
    private final String mainImageUrl;
    private final boolean active;

    private VariantRow(ProductVariant v, BigDecimal basePrice) {
        this.id = v.getId();
        this.version = v.getVersion();
        this.sku = v.getSku();
        this.barcode = v.getBarcode();
        this.size = v.getSize();
        this.color = v.getColor();
        this.priceOverride = v.getPriceOverride();
        this.effectivePrice = PricePolicy.effective(v.getPriceOverride(), basePrice);
        this.weight = v.getWeight();
        this.dimensions = v.getDimensions() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(v.getDimensions());
        this.mainImageUrl = v.getMainImageUrl();
        this.active = v.isActive();
    }

    public static VariantRow of(ProductVariant variant, BigDecimal basePrice) {
        return new VariantRow(variant, basePrice);
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSku() {
        return sku;
    }

    public String getBarcode() {
        return barcode;
    }

    public String getSize() {
        return size;
    }

    public String getColor() {
        return color;
    }

    public BigDecimal getPriceOverride() {
        return priceOverride;
    }

    public BigDecimal getEffectivePrice() {
        return effectivePrice;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public Map<String, Object> getDimensions() {
        return dimensions;
    }

    /** The dimensions as one line, e.g. {@code alto: 10 · ancho: 20}. */
    public String getDimensionsText() {
        StringBuilder b = new StringBuilder();
        dimensions.forEach((k, v) -> b.append(b.length() > 0 ? " · " : "").append(k).append(": ")
                .append(KeyValueTable.text(v)));
        return b.toString();
    }

    public String getMainImageUrl() {
        return mainImageUrl;
    }

    public boolean isActive() {
        return active;
    }
}
