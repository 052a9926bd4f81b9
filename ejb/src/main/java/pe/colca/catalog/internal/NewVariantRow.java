package pe.colca.catalog.internal;

import pe.colca.catalog.VariantData;

/**
 * One new variant of a set-based create ({@link ProductWrites#createAll}): what
 * {@link ProductWrites#addVariant} takes, the product named by its slug (a live product, or one
 * created by the same call).
 */
public record NewVariantRow(String productSlug, VariantData variant, PriceCause firstPrice, Author author) {
}
