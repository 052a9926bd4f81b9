package pe.colca.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.ProductSummary;

/** One line of the product list: a serializable copy of what the screen shows. */
public final class ProductRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String slug;
    private final String brand;
    private final String category;
    private final BigDecimal basePrice;
    private final ProductStatus status;
    private final long variantCount;
    private final Instant updatedAt;

    private ProductRow(ProductSummary p, CatalogChoices choices) {
        this.id = p.id();
        this.name = p.name();
        this.slug = p.slug();
        this.brand = choices.brandName(p.brandId());
        this.category = choices.categoryPath(p.categoryId());
        this.basePrice = p.basePrice();
        this.status = p.status();
        this.variantCount = p.liveVariants();
        this.updatedAt = p.updatedAt();
    }

    /** From a list line read with its variant count (the variants themselves are never loaded). */
    public static ProductRow of(ProductSummary product, CatalogChoices choices) {
        return new ProductRow(product, choices);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getBrand() {
        return brand;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getBasePrice() {
        return basePrice;
    }

    public ProductStatus getStatus() {
        return status;
    }

    /** Bundle key of the status label, e.g. {@code product.status.ACTIVE}. */
    public String getStatusKey() {
        return "product.status." + status;
    }

    public long getVariantCount() {
        return variantCount;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
