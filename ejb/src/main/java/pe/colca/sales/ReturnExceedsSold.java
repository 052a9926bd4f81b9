package pe.colca.sales;

import pe.colca.common.BusinessException;

/** More units of a line than were sold minus those already returned (HTTP 422); args: order number, SKU, asked, returnable. */
public class ReturnExceedsSold extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReturnExceedsSold(Object... args) {
        super(Kind.RULE, "return-exceeds-sold", "sales.return.exceedsSold", args);
    }
}
