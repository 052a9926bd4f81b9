package pe.colca.customer;

import pe.colca.common.BusinessException;

/**
 * A merge that cannot be done: a customer merged into himself. HTTP 422 {@code customer-merge-refused}; nothing
 * changes.
 */
public class CustomerMergeRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private CustomerMergeRefused(String key, Object... args) {
        super(Kind.RULE, "customer-merge-refused", key, args);
    }

    public static CustomerMergeRefused sameCustomer(long id) {
        return new CustomerMergeRefused("customer.merge.same", String.valueOf(id));
    }
}
