package pe.colca.sales;

import pe.colca.common.BusinessException;

/** A factura needs a customer with a RUC; a boleta above the SUNAT limit needs the buyer's document (HTTP 422). */
public class DocumentNeedsBuyer extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DocumentNeedsBuyer(Object... args) {
        super(Kind.RULE, "document-needs-buyer", "sales.document.needsBuyer", args);
    }
}
