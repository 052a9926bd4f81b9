package pe.colca.catalog.internal;

/** The message keys naming the catalog's records in refusals ({@code catalog.entity.*}). */
public final class CatalogEntities {

    public static final String PRODUCT = "catalog.entity.product";
    public static final String VARIANT = "catalog.entity.variant";
    public static final String CATEGORY = "catalog.entity.category";
    public static final String BRAND = "catalog.entity.brand";

    private CatalogEntities() {
    }
}
