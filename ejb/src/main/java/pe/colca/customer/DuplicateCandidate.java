package pe.colca.customer;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pair of live customers that may be one person, the lower id first: the score (0..1, higher = surer;
 * {@code 1 − Π(1 − weight)} over the reasons, a name counting its similarity) and the reasons.
 */
public record DuplicateCandidate(Party customer, Party other, BigDecimal score, List<DuplicateReason> reasons,
                                 BigDecimal nameSimilarity) {

    /** One side of the pair. */
    public record Party(long id, IdentityDocumentType docType, String docNumber, String fullName, String email,
                        String phone, long version) {
    }
}
