package pe.colca.sales;

import java.io.Serializable;
import java.math.BigDecimal;

/** An order line as a return sees it: what was sold, what came back already and what can still come back. */
public record ReturnableLine(long orderItemId, long variantId, String sku, String name, int sold, int returned,
                             BigDecimal unitPrice, BigDecimal totalPrice) implements Serializable {

    public int returnable() {
        return Math.max(0, sold - returned);
    }
}
