package pe.colca.customer;

import jakarta.ejb.Local;
import java.util.List;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Customers of the chain and their addresses. Every method is one transaction (the POS lookup joins
 * the caller's or runs without one); permission slugs guard them: {@code customer.view},
 * {@code customer.create}, {@code customer.edit}, {@code customer.delete}. Refusals are business
 * exceptions: {@code InvalidInput} (fields named, nothing written), {@link CustomerTaken} (409),
 * {@code StaleVersion} (409), {@code RecordNotFound} (404). Every change writes one audit row.
 */
@Local
public interface CustomerService {

    /** A page of live customers; the text matches document, name (accent-insensitive), email or phone. */
    Page<Customer> search(CustomerFilter filter, PageRequest page);

    /** @throws pe.colca.common.RecordNotFound when it does not exist or was deleted */
    Customer get(long id);

    /**
     * The live customer by id as a record, for other areas (they never hold another area's entity): the
     * invoicing sender names the buyer of a sale with it.
     *
     * @throws pe.colca.common.RecordNotFound when it does not exist or was deleted
     */
    CustomerLookup lookup(long id);

    /**
     * The POS path: the live customer with this document, in one indexed query.
     *
     * @throws pe.colca.common.InvalidInput when the type is missing or the number malformed
     * @throws pe.colca.common.RecordNotFound when no live customer has it
     */
    CustomerLookup lookupByDocument(IdentityDocumentType type, String number);

    Customer create(CustomerData data);

    /** Applies the edit if nobody changed the customer since {@code expectedVersion} was read. */
    Customer update(long id, long expectedVersion, CustomerData data);

    /** Soft-deletes the customer with a reason: document and email are free again. */
    void delete(long id, long expectedVersion, String reason);

    /** The customer's addresses, the default first. */
    List<CustomerAddress> addresses(long customerId);

    /** Adds an address (the first one becomes the default); raises the customer's version. */
    CustomerAddress addAddress(long customerId, AddressData data);

    CustomerAddress updateAddress(long customerId, long addressId, AddressData data);

    /** Removes an address; when it was the default, the oldest remaining one becomes the default. */
    void removeAddress(long customerId, long addressId);

    /** The segments offered on create and edit (setting {@code customer.segments}). */
    List<CustomerSegment> segments();

    /** The district list (ubigeo) addresses may name, by department, province and name. */
    List<CustomerDistrict> districts();
}
