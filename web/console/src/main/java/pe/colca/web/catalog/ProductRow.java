package pe.colca.web.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import pe.colca.catalog.Product;
import pe.colca.catalog.ProductStatus;

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

    private ProductRow(Product p, CatalogChoices choices) {
        this.id = p.getId();
        this.name = p.getName();
        this.slug = p.getSlug();
        this.brand = choices.brandName(p.getBrandId());
        this.category = choices.categoryPath(p.getCategoryId());
        this.basePrice = p.getBasePrice();
        this.status = p.getStatus();
        this.variantCount = p.getVariants().stream().filter(v -> !v.isDeleted()).count();
        this.updatedAt = p.getUpdatedAt();
    }

    public static ProductRow of(Product product, CatalogChoices choices) {
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
