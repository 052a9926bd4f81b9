package pe.colca.web.sales;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of the POS cart as the screen shows it: the order item with its variant's label. The prices
 * are the order's (the one pricing component), never recomputed here.
 *
 * @param itemId    the order item ({@code order_items.id}), the row key
 * @param variantId the variant sold
 * @param sku       its SKU
 * @param label     product name, size and colour
 * @param quantity  units
 * @param unitPrice the unit price charged (shelf terms)
 * @param discount  the line discount
 * @param total     the line total as the order stores it
 */
public record PosLine(long itemId, long variantId, String sku, String label, int quantity, BigDecimal unitPrice,
                      BigDecimal discount, BigDecimal total) implements Serializable {
}
