package pe.colca.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a product list: the product's own values and how many live variants it has, read
 * without loading the variants (a product may have thousands).
 */
public record ProductSummary(long id, String name, String slug, Long brandId, Long categoryId, BigDecimal basePrice,
                             ProductStatus status, long liveVariants, Instant updatedAt) {

    public static ProductSummary of(Product p, long liveVariants) {
        return new ProductSummary(p.getId(), p.getName(), p.getSlug(), p.getBrandId(), p.getCategoryId(),
                p.getBasePrice(), p.getStatus(), liveVariants, p.getUpdatedAt());
    }
}
