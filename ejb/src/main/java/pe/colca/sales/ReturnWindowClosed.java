package pe.colca.sales;

import pe.colca.common.BusinessException;

/** The order was sold longer ago than the return window (HTTP 422); args: order number, days, sale date. */
public class ReturnWindowClosed extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReturnWindowClosed(Object... args) {
        super(Kind.RULE, "return-window-closed", "sales.return.windowClosed", args);
    }
}
