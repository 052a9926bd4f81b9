package pe.colca.customer;

import pe.colca.common.BusinessException;

/** The customer of a loyalty account or wallet does not exist, or was deleted (HTTP 404). */
public class LedgerCustomerNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LedgerCustomerNotFound(long customerId) {
        super(Kind.NOT_FOUND, "not-found", "loyalty.customer.notFound", String.valueOf(customerId));
    }
}
