package pe.colca.invoicing;

/** Where an electronic document stands with SUNAT. */
public enum SunatStatus {
    /** Issued here, not sent yet. */
    PENDING,
    /** Sent, waiting for the CDR (or a ticket for summaries). */
    SENT,
    ACCEPTED,
    /** Accepted with observations. */
    OBSERVED,
    REJECTED,
    /** Voided by an accepted comunicación de baja. */
    VOIDED,
    /** Could not be sent (network, fault); will be retried. */
    ERROR
}
