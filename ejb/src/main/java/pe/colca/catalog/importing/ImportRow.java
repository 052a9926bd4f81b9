package pe.colca.catalog.importing;

import java.math.BigDecimal;
import pe.colca.catalog.ProductStatus;
import pe.colca.catalog.TaxAffectation;

/**
 * One data row of a catalog import file after parsing (see {@link CatalogCsv} and
 * docs/catalog-import.md). Optional columns left empty are null: on an existing SKU they leave the
 * current value as it is.
 *
 * @param rowNumber the line of the file (the header is line 1)
 * @param justification why the row's prices change (optional column); required above the threshold
 */
public record ImportRow(int rowNumber, String sku, String barcode, String productSlug, String productName,
                        String brand, String category, String size, String color, BigDecimal basePrice,
                        BigDecimal priceOverride, BigDecimal costPrice, TaxAffectation taxAffectation,
                        ProductStatus status, String justification) implements java.io.Serializable {
}
