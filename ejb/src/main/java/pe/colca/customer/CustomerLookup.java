package pe.colca.customer;

/**
 * The POS lookup's answer: the live customer a document names, with only what a sale needs. Read by
 * one indexed query ({@code uq_customers_doc_number}); {@code version} changes with any edit of the
 * customer (address changes too), so it makes the ETag.
 */
public record CustomerLookup(long id, IdentityDocumentType docType, String docNumber, String fullName, String email,
                             String phone, CustomerSegment segment, boolean active, boolean marketingConsent,
                             long version) {
}
