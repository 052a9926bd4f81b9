package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The order has no boleta or factura for a credit note to modify (HTTP 422); args: order number. */
public class OrderWithoutDocument extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderWithoutDocument(Object... args) {
        super(Kind.RULE, "order-without-document", "sales.return.noDocument", args);
    }
}
