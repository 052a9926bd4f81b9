package pe.colca.sales;

import pe.colca.common.BusinessException;

/** No live order has the id (HTTP 404). */
public class OrderNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderNotFound(Object... args) {
        super(Kind.NOT_FOUND, "not-found", "sales.order.notFound", args);
    }
}
