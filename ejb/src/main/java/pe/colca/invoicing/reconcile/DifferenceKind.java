package pe.colca.invoicing.reconcile;

/**
 * What a reconciliation found about a sale or a document. The first ones are differences (a person must
 * act; they are notified); the last three are exceptions the rules explain, listed with their reason.
 */
public enum DifferenceKind {
    /** A paid order or a return without any electronic document. */
    MISSING_DOCUMENT(false),
    /** A sale with more than one accepted (or in-flight) document. */
    DUPLICATE_DOCUMENT(false),
    /** The sale's document has not reached SUNAT and its deadline has passed. */
    PENDING_PAST_DEADLINE(false),
    /** SUNAT rejected the sale's document (the number is burnt) and nothing replaced it. */
    REJECTED_NOT_REPLACED(false),
    /** The sale's document was voided and nothing replaced it. */
    VOIDED_NOT_REPLACED(false),
    /** Colca holds the document as answered by SUNAT, and SUNAT does not know it. */
    UNKNOWN_TO_SUNAT(false),
    /** Colca's status of the document is not the one SUNAT holds. */
    STATUS_MISMATCH(false),
    /** SUNAT's consult service could not answer for the document. */
    CONSULT_FAILED(false),
    /** A voided document of the sale, replaced by an accepted one. */
    VOIDED_REPLACED(true),
    /** A rejected (burnt) document of the sale, replaced by an accepted one. */
    BURNT_REPLACED(true),
    /** The sale's document is still on its way to SUNAT, within its deadline. */
    PENDING_IN_DEADLINE(true);

    private final boolean explained;

    DifferenceKind(boolean explained) {
        this.explained = explained;
    }

    /** An exception the rules explain, not a difference. */
    public boolean explained() {
        return explained;
    }
}
