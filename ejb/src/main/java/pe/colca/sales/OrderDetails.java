package pe.colca.sales;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The editable details of a draft ({@link OrderService#update}): replaces them all (PUT). The buyer and
 * the document go together, so the factura/RUC rule is checked on every change.
 */
public record OrderDetails(NewOrder.Buyer buyer, ShippingMethod shippingMethod, BigDecimal shippingCost,
                           SaleDocument document, String notes) implements Serializable {
}
