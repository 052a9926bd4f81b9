package pe.colca.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import pe.colca.catalog.ProductVariant;
import pe.colca.catalog.VariantData;

/**
 * What the variant dialog (and the first variant of a new product) edits. The price override is
 * only given when the variant is created; later it changes through "Cambiar precio" (history row).
 */
public class VariantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String sku;
    private String barcode;
    private String size;
    private String color;
    private BigDecimal priceOverride;
    private BigDecimal weight;
    private KeyValueTable dimensions = KeyValueTable.empty();
    private String mainImageUrl;
    private boolean active = true;

    public static VariantForm blank() {
        return new VariantForm();
    }

    public static VariantForm of(VariantRow v) {
        VariantForm form = new VariantForm();
        form.id = v.getId();
        form.version = v.getVersion();
        form.sku = v.getSku();
        form.barcode = v.getBarcode();
        form.size = v.getSize();
        form.color = v.getColor();
        form.priceOverride = v.getPriceOverride();
        form.weight = v.getWeight();
        form.dimensions = KeyValueTable.of(v.getDimensions());
        form.mainImageUrl = v.getMainImageUrl();
        form.active = v.isActive();
        return form;
    }

    /** @throws KeyValueTable.Invalid when a dimension is named twice or has no name */
    public VariantData toData() {
        return new VariantData(sku, barcode, size, color, isNew() ? priceOverride : null, weight,
                dimensions.isEmpty() ? null : dimensions.toMap(), mainImageUrl, active);
    }

    /**
     * The variant as stored with another main image (null: none): what an image change sends, so the
     * fields being typed in the dialog are not saved with it.
     */
    static VariantData storedWithImage(ProductVariant v, String mainImageUrl) {
        return new VariantData(v.getSku(), v.getBarcode(), v.getSize(), v.getColor(), null, v.getWeight(),
                v.getDimensions(), mainImageUrl, v.isActive());
    }

    /** The main image changed (uploaded, picked or removed): its URL and the version to send next. */
    void imageChanged(String url, long newVersion) {
        this.mainImageUrl = url;
        this.version = newVersion;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    public BigDecimal getPriceOverride() {
        return priceOverride;
    }

    public void setPriceOverride(BigDecimal priceOverride) {
        this.priceOverride = priceOverride;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public KeyValueTable getDimensions() {
        return dimensions;
    }

    public String getMainImageUrl() {
        return mainImageUrl;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
