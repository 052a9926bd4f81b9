package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The order's lines and details change only while it is a draft without payments (HTTP 422). */
public class OrderNotEditable extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderNotEditable(Object... args) {
        super(Kind.RULE, "order-not-editable", "sales.order.notEditable", args);
    }
}
