package pe.colca.catalog;

/** Life cycle of a product: drafted, on sale, withdrawn from sale. */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    DISCONTINUED
}
