package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The order has no active line with the id (HTTP 404). */
public class OrderLineNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderLineNotFound(String orderNumber, long itemId) {
        super(Kind.NOT_FOUND, "not-found", "sales.order.lineNotFound", orderNumber, String.valueOf(itemId));
    }
}
