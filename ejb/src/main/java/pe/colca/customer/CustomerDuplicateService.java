package pe.colca.customer;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Possible duplicate customers and the pairs declared "not a duplicate". Needs {@code customer.merge} (the people
 * who review duplicates are those who merge them). Each method is one transaction.
 */
@Local
public interface CustomerDuplicateService {

    /**
     * Candidate pairs of live customers, best score first, never a dismissed pair. {@code text} (optional) keeps
     * the pairs where either side's document, name (accent-insensitive, partial) or email matches it.
     */
    Page<DuplicateCandidate> candidates(String text, PageRequest page);

    /**
     * Declares the pair "not a duplicate" (in any order; stored lower id first), with an optional reason. A second
     * dismissal of the same pair changes nothing and answers the first.
     *
     * @throws pe.colca.common.RecordNotFound when either customer does not exist or was deleted
     * @throws CustomerMergeRefused when both ids are the same
     */
    DuplicateDismissal dismiss(long customerId, long otherCustomerId, String reason);

    /** The dismissed pairs, newest first. */
    Page<DuplicateDismissal> dismissals(PageRequest page);

    /** Offers the pair again (the dismissal is removed); false when it was not dismissed. */
    boolean undismiss(long customerId, long otherCustomerId);
}
