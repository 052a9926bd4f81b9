package pe.colca.catalog.internal;

import java.math.BigDecimal;
import pe.colca.catalog.ProductData;
import pe.colca.catalog.VariantData;

/**
 * One new product of a set-based create ({@link ProductWrites#createAll}): what
 * {@link ProductWrites#create} takes for one product with one variant. The slug is required here.
 */
public record NewProductRow(ProductData product, BigDecimal basePrice, VariantData firstVariant, PriceCause firstPrice,
                            Author author) {
}
