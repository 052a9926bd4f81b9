package pe.colca.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import pe.colca.common.SoftDeletion;

/**
 * A sellable version of a {@link Product} (one SKU: size, colour). Stock, order items and price
 * history refer to it by id. Its price is the product's base price unless overridden.
 */
@Entity
@Table(name = "product_variants")
@SQLRestriction("deleted_at IS NULL")
public class ProductVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_variants_seq")
    @SequenceGenerator(name = "product_variants_seq", sequenceName = "product_variants_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "sku", length = 60, nullable = false)
    private String sku;

    @Column(name = "barcode", length = 60)
    private String barcode;

    @Column(name = "size", length = 30)
    private String size;

    @Column(name = "color", length = 60)
    private String color;

    @Column(name = "price_override", precision = 14, scale = 2)
    private BigDecimal priceOverride;

    @Column(name = "weight", precision = 12, scale = 3)
    private BigDecimal weight;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dimensions")
    private Map<String, Object> dimensions;

    @Column(name = "main_image_url", length = 1000)
    private String mainImageUrl;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    /** Not in the data model: added by V4 so concurrent edits of a variant are refused (409). */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    private SoftDeletion deletion = new SoftDeletion();

    protected ProductVariant() {
    }

    ProductVariant(Product product, String sku, String barcode, String size, String color) {
        this.product = product;
        this.sku = Product.requireText(sku, "sku");
        this.barcode = barcode;
        this.size = size;
        this.color = color;
        this.active = true;
    }

    /** The price a customer pays before promotions: the override, else the product's base price. */
    public BigDecimal effectivePrice() {
        return PricePolicy.effective(priceOverride, product.getBasePrice());
    }

    /** Sets a variant-specific price and returns the previous effective price. */
    public BigDecimal overridePrice(BigDecimal price) {
        BigDecimal previous = effectivePrice();
        this.priceOverride = Product.money(price, "priceOverride");
        return previous;
    }

    /** Goes back to the product's base price; returns the previous effective price. */
    public BigDecimal clearPriceOverride() {
        BigDecimal previous = effectivePrice();
        this.priceOverride = null;
        return previous;
    }

    public void relabel(String sku, String barcode, String size, String color) {
        this.sku = Product.requireText(sku, "sku");
        this.barcode = barcode;
        this.size = size;
        this.color = color;
    }

    /** Physical data used for shipping: weight in kg (3 decimals) and free-form dimensions. */
    public void describePackage(BigDecimal weight, Map<String, Object> dimensions) {
        if (weight != null && weight.signum() < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weight);
        }
        this.weight = weight == null ? null : weight.setScale(3, RoundingMode.HALF_UP);
        this.dimensions = dimensions == null ? null : new LinkedHashMap<>(dimensions);
    }

    public void changeMainImage(String url) {
        this.mainImageUrl = url;
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Active and not deleted. */
    public boolean isSellable() {
        return active && !isDeleted();
    }

    public void markDeleted(Long by, String reason, Instant at) {
        if (deletion == null) {
            deletion = new SoftDeletion();
        }
        deletion.markDeleted(by, reason, at);
        this.active = false;
    }

    public boolean isDeleted() {
        return deletion != null && deletion.isDeleted();
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
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

    public BigDecimal getWeight() {
        return weight;
    }

    public Map<String, Object> getDimensions() {
        return dimensions == null ? null : Collections.unmodifiableMap(dimensions);
    }

    public String getMainImageUrl() {
        return mainImageUrl;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    /** The soft-delete facts; empty (never null) for a live variant. */
    public SoftDeletion getDeletion() {
        return deletion == null ? new SoftDeletion() : deletion;
    }
}
