package pe.colca.customer;

import java.util.Map;
import pe.colca.common.BusinessException;
import pe.colca.common.Messages;

/**
 * Another ACTIVE (not deleted) customer already has this document number or email (partial unique
 * indexes; a soft-deleted customer frees them). HTTP 409 {@code duplicate-key}, the field named.
 */
public class CustomerTaken extends BusinessException {

    private static final long serialVersionUID = 1L;

    private CustomerTaken(String field, String key, String value) {
        super(Kind.CONFLICT, "duplicate-key", Map.of(field, Messages.format(Messages.DEFAULT_LOCALE, key, value)),
                key, value);
    }

    public static CustomerTaken document(String number) {
        return new CustomerTaken("docNumber", "customer.doc.taken", number);
    }

    public static CustomerTaken email(String email) {
        return new CustomerTaken("email", "customer.email.taken", email);
    }
}
