package pe.colca.inventory;

import java.io.Serializable;

/** How the inventory screens name a variant: SKU, product name, size and colour (read-only). */
public record VariantLabel(long id, String sku, String productName, String size, String color)
        implements Serializable {
}
