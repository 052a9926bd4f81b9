package pe.colca.inventory;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Totals of the stock of one location (read-only, for the console).
 *
 * @param valueAtCost  on hand × {@code products.cost_price} over the lines whose product has a cost
 * @param uncosted     lines whose product has no cost (left out of the valuation)
 */
public record StockSummary(long lines, long unitsOnHand, long lowStock, long outOfStock, BigDecimal valueAtCost,
                           long uncosted) implements Serializable {
}
