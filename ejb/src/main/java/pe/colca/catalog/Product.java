package pe.colca.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import pe.colca.common.RuleViolated;
import pe.colca.common.SoftDeletion;

/**
 * A product as the customer knows it ("Polo algodón pima"), the aggregate root of its sellable
 * {@link ProductVariant}s and its {@link ProductImage}s.
 *
 * <p>Life cycle: created as {@link ProductStatus#DRAFT}; {@link #activate()} puts it on sale (it
 * needs at least one active variant); {@link #discontinue()} withdraws it. Prices are never
 * negative. Deleting is soft and takes the variants along; brand and category are referenced by id.
 */
@Entity
@Table(name = "products")
@SQLRestriction("deleted_at IS NULL")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "products_seq")
    @SequenceGenerator(name = "products_seq", sequenceName = "products_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "slug", length = 200, nullable = false)
    private String slug;

    @Column(name = "description_short")
    private String descriptionShort;

    @Column(name = "description_long")
    private String descriptionLong;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "base_price", precision = 14, scale = 2, nullable = false)
    private BigDecimal basePrice;

    @Column(name = "cost_price", precision = 14, scale = 2)
    private BigDecimal costPrice;

    @Column(name = "tax_code", length = 30, nullable = false)
    private String taxCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private ProductStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attributes")
    private Map<String, Object> attributes = new LinkedHashMap<>();

    /** Not in the data model: added by V4 so concurrent edits are refused (409), never lost. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Embedded
    private SoftDeletion deletion = new SoftDeletion();

    @OneToMany(mappedBy = "product", cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<ProductVariant> variants = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("displayOrder")
    private List<ProductImage> images = new ArrayList<>();

    protected Product() {
    }

    public Product(String name, String slug, BigDecimal basePrice, TaxAffectation taxAffectation) {
        this.name = requireText(name, "name");
        this.slug = requireText(slug, "slug");
        this.basePrice = money(basePrice, "basePrice");
        this.taxCode = Objects.requireNonNull(taxAffectation, "taxAffectation").code();
        this.status = ProductStatus.DRAFT;
    }

    /** Changes the texts shown to customers. */
    public void describe(String name, String slug, String descriptionShort, String descriptionLong) {
        this.name = requireText(name, "name");
        this.slug = requireText(slug, "slug");
        this.descriptionShort = descriptionShort;
        this.descriptionLong = descriptionLong;
    }

    /** Files the product under a brand and a category (ids of {@code brands} / {@code categories}). */
    public void classify(Long brandId, Long categoryId) {
        this.brandId = brandId;
        this.categoryId = categoryId;
    }

    /** Replaces the free-form attributes (material, fit, ...). */
    public void replaceAttributes(Map<String, Object> attributes) {
        this.attributes = attributes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(attributes);
    }

    /**
     * Sets a new base price (2 decimals, HALF_UP) and returns the previous one, so the caller can
     * record a {@link PriceChange} for the affected variants.
     */
    public BigDecimal changeBasePrice(BigDecimal newPrice) {
        BigDecimal previous = basePrice;
        this.basePrice = money(newPrice, "basePrice");
        return previous;
    }

    public void changeCostPrice(BigDecimal newCost) {
        this.costPrice = newCost == null ? null : money(newCost, "costPrice");
    }

    public void changeTaxAffectation(TaxAffectation taxAffectation) {
        this.taxCode = Objects.requireNonNull(taxAffectation, "taxAffectation").code();
    }

    /** Puts the product on sale; it needs at least one active variant. */
    public void activate() {
        if (status == ProductStatus.ACTIVE) {
            return;
        }
        if (variants.stream().noneMatch(ProductVariant::isSellable)) {
            throw new RuleViolated("no-sellable-variant", "catalog.product.noSellableVariant",
                    String.valueOf(id));
        }
        this.status = ProductStatus.ACTIVE;
    }

    /** Moves the product to {@code target} (DRAFT, ACTIVE — needs an active variant — or DISCONTINUED). */
    public void changeStatus(ProductStatus target) {
        switch (Objects.requireNonNull(target, "status")) {
            case ACTIVE -> activate();
            case DISCONTINUED -> discontinue();
            case DRAFT -> this.status = ProductStatus.DRAFT;
            default -> throw new IllegalArgumentException(String.valueOf(target));
        }
    }

    /** Whether a live, active variant of this product could be sold: {@link Sellability}'s product half. */
    public boolean isOnSale() {
        return Sellability.reasonNotSellable(status, isDeleted(), true, false) == null;
    }

    /** Withdraws the product from sale; its history stays. */
    public void discontinue() {
        this.status = ProductStatus.DISCONTINUED;
    }

    /** Adds a sellable variant; SKU and barcode uniqueness is checked by the service and the database. */
    public ProductVariant addVariant(String sku, String barcode, String size, String color) {
        ProductVariant variant = new ProductVariant(this, sku, barcode, size, color);
        variants.add(variant);
        return variant;
    }

    /** Adds an image at the end of the gallery; the first image becomes the primary one. */
    public ProductImage addImage(String url) {
        int nextOrder = images.stream().mapToInt(ProductImage::getDisplayOrder).max().orElse(-1) + 1;
        ProductImage image = new ProductImage(this, url, nextOrder, images.isEmpty());
        images.add(image);
        return image;
    }

    /** Makes {@code image} the primary image; exactly one image is primary. */
    public void makePrimary(ProductImage image) {
        if (!images.contains(image)) {
            throw new IllegalArgumentException("image does not belong to product " + id);
        }
        images.forEach(i -> i.setPrimary(i == image));
    }

    public void removeImage(ProductImage image) {
        boolean wasPrimary = image.isPrimary();
        if (images.remove(image) && wasPrimary && !images.isEmpty()) {
            images.get(0).setPrimary(true);
        }
    }

    /** Soft-deletes the product and its live variants, with a reason. */
    public void markDeleted(Long by, String reason, Instant at) {
        deletion().markDeleted(by, reason, at);
        for (ProductVariant variant : variants) {
            if (!variant.isDeleted()) {
                variant.markDeleted(by, reason, at);
            }
        }
        this.status = ProductStatus.DISCONTINUED;
    }

    public boolean isDeleted() {
        return deletion != null && deletion.isDeleted();
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Hibernate loads an all-null embeddable as {@code null}. */
    private SoftDeletion deletion() {
        if (deletion == null) {
            deletion = new SoftDeletion();
        }
        return deletion;
    }

    static BigDecimal money(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount);
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescriptionShort() {
        return descriptionShort;
    }

    public String getDescriptionLong() {
        return descriptionLong;
    }

    public Long getBrandId() {
        return brandId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public BigDecimal getBasePrice() {
        return basePrice;
    }

    public BigDecimal getCostPrice() {
        return costPrice;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public TaxAffectation getTaxAffectation() {
        return TaxAffectation.fromCode(taxCode);
    }

    public ProductStatus getStatus() {
        return status;
    }

    public Map<String, Object> getAttributes() {
        return attributes == null ? Map.of() : Collections.unmodifiableMap(attributes);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The soft-delete facts; empty (never null) for a live product. */
    public SoftDeletion getDeletion() {
        return deletion == null ? new SoftDeletion() : deletion;
    }

    public List<ProductVariant> getVariants() {
        return Collections.unmodifiableList(variants);
    }

    public List<ProductImage> getImages() {
        return Collections.unmodifiableList(images);
    }
}
